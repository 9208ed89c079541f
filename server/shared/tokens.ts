import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token: a cookie's secret (a staff session, a paired screen: 32 bytes) or a ticket's QR (16). */
export const newToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** What the database keeps of such a token: a leaked database does not leak the cookies. */
export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');
