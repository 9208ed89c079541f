import { z } from 'zod';

/** Paired screens. The kiosk a ticket prints on comes from the screen's pairing, never from a request. */
const deviceName = z.string().trim().min(1).max(100);

export const pairingBody = z.strictObject({ office: z.string().max(64), kind: z.enum(['KIOSK', 'BOARD']) });

export const heartbeatBody = z.strictObject({ kind: z.enum(['KIOSK', 'BOARD']), version: z.string().max(60) });

export const pairBody = z.strictObject({
  code: z.string().max(20),
  nameKk: deviceName,
  nameRu: deviceName,
  kioskId: z.number().int().positive().nullable()
});

export const deviceBody = z.strictObject({
  nameKk: deviceName,
  nameRu: deviceName,
  kioskId: z.number().int().positive().nullable()
});

/** DELETE /api/v1/devices/pending — the office whose waiting codes are cleared. */
export const clearPendingBody = z.strictObject({ officeId: z.number().int().positive() });
