import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';

/**
 * What every calibration document carries besides its own fields: who wrote
 * it (the install, so a document several installs could claim is told apart)
 * and the hash that makes it tamper-evident (shared/sync/hashed-document.ts).
 */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' });

export const CalibrationPerson = z.object({ id: Id, name: z.string().min(1).max(200) });
export type CalibrationPerson = z.infer<typeof CalibrationPerson>;

export const CalibrationOrigin = z.object({
  application: z.literal('Callmark'),
  appVersion: z.string(),
  installId: Id,
});
export type CalibrationOrigin = z.infer<typeof CalibrationOrigin>;

export const hashed = {
  formatVersion: z.literal(1),
  origin: CalibrationOrigin,
  contentHash: Sha256,
};

export { Id, IsoDateTime };
