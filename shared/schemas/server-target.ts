import { z } from 'zod';

/** Hosts that are this machine: plain http:// is allowed only to them (tests, a local relay). */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The URL a server target POSTs to. HTTPS, or plain HTTP to this machine
 * only: the document is personal data and the token a credential, neither
 * may cross a network in clear. No user:password@ in the URL (the token has
 * its own field, kept in the keychain) and no #fragment (never sent anyway).
 */
export const ServerUrl = z
  .string()
  .trim()
  .max(2048, { message: 'must be at most 2048 characters' })
  .pipe(z.url({ message: 'must be a URL, such as https://quality.example.org/callmark/scorecards' }))
  .superRefine((u, ctx) => {
    // zod runs this even when the URL check above failed: nothing more to say then.
    if (!URL.canParse(u)) return;
    const url = new URL(u);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname)))) {
      ctx.addIssue({ code: 'custom', message: 'must be an https:// URL (plain http:// only to localhost)' });
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password: set the token separately' });
    }
    if (url.hash) ctx.addIssue({ code: 'custom', message: 'must not contain a #fragment' });
  });

/** The organisation's server: see "Server sync contract" in the README. */
export const ServerTargetConfig = z
  .object({
    kind: z.literal('server'),
    url: ServerUrl,
    /** One attempt's limit, connection to last byte of the answer. */
    timeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
  })
  .strict();
export type ServerTargetConfig = z.infer<typeof ServerTargetConfig>;

/**
 * Where a server target's token may go: scheme, host and port of its URL. A
 * saved token is sent only to the origin it was saved for (a changed path on
 * the same server keeps it; another host or port does not).
 */
export const serverOrigin = (url: string): string => new URL(url).origin;
