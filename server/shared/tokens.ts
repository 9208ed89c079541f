import { createHash, randomBytes } from 'node:crypto';

/** A secret handed to a browser in a cookie (a staff session, a paired screen). */
export const newToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of such a token: a leaked database does not leak the cookies. */
export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');
