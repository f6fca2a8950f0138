import { z } from 'zod';

const fields = {
  /** The customer's name is personal data: it leaves the laptop only if the user turns this on. */
  includeCustomerName: z.boolean(),
  /** How often shared folders are read for colleagues' scorecards; 0 turns background import off. */
  importEveryMinutes: z.number().int().min(0).max(24 * 60),
};

/** What the user decides about sync on this install. */
export const SyncSettings = z.object({
  includeCustomerName: fields.includeCustomerName.default(false),
  importEveryMinutes: fields.importEveryMinutes.default(5),
});
export type SyncSettings = z.infer<typeof SyncSettings>;

/** A change to some settings: no defaults here, or an omitted setting would be reset. */
export const SyncSettingsChange = z
  .object({ includeCustomerName: fields.includeCustomerName.optional(), importEveryMinutes: fields.importEveryMinutes.optional() })
  .strict();
