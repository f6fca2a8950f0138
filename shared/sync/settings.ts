import { z } from 'zod';

/** What the user decides about sync on this install. */
export const SyncSettings = z.object({
  /** The customer's name is personal data: it leaves the laptop only if the user turns this on. */
  includeCustomerName: z.boolean().default(false),
  /** How often shared folders are read for colleagues' scorecards; 0 turns background import off. */
  importEveryMinutes: z.number().int().min(0).max(24 * 60).default(5),
});
export type SyncSettings = z.infer<typeof SyncSettings>;
