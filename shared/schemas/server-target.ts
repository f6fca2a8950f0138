import { z } from 'zod';

/** The organisation's server: HTTPS, or plain HTTP to this machine only (for tests and local relays). */
export const ServerTargetConfig = z
  .object({
    kind: z.literal('server'),
    url: z
      .url({ message: 'must be a URL' })
      .refine((u) => {
        const url = new URL(u);
        return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
      }, { message: 'must be an https:// URL (plain http:// only to localhost)' }),
    timeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
  })
  .strict();
export type ServerTargetConfig = z.infer<typeof ServerTargetConfig>;
