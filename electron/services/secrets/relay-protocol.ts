import { z } from 'zod';
import { SECRET_KEY_PATTERN } from './store';

/**
 * The messages between the backend utility process and Electron's main
 * process for secrets. safeStorage exists only in main, so the backend's
 * SecretStore sends requests over its parentPort and main answers. Two channel
 * names so a request can never be mistaken for a reply, nor either for an API
 * call ({ id, name, input }) or its answer ({ id, envelope }).
 *
 * Both ends validate what they receive: main never acts on a malformed
 * request, the backend never resolves a call with a malformed reply.
 */
export const SECRET_REQUEST = 'callmark.secrets.request';
export const SECRET_REPLY = 'callmark.secrets.reply';

const RequestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const SecretKey = z.string().regex(SECRET_KEY_PATTERN);
/** A bearer token is short; the cap keeps a runaway value out of the keychain. */
export const MAX_SECRET_CHARS = 16 * 1024;

export const SecretRequest = z.discriminatedUnion('op', [
  z.object({ channel: z.literal(SECRET_REQUEST), id: RequestId, op: z.literal('describe') }).strict(),
  z.object({ channel: z.literal(SECRET_REQUEST), id: RequestId, op: z.literal('get'), key: SecretKey }).strict(),
  z
    .object({ channel: z.literal(SECRET_REQUEST), id: RequestId, op: z.literal('set'), key: SecretKey, value: z.string().max(MAX_SECRET_CHARS).nullable() })
    .strict(),
]);
export type SecretRequest = z.infer<typeof SecretRequest>;

export const SecretStoreInfoSchema = z.object({
  protection: z.enum(['os-keychain', 'user-only-file']),
  where: z.string(),
});

export const SecretReply = z.discriminatedUnion('ok', [
  z
    .object({
      channel: z.literal(SECRET_REPLY),
      id: RequestId,
      ok: z.literal(true),
      value: z.string().nullable(),
      info: SecretStoreInfoSchema.optional(),
    })
    .strict(),
  z
    .object({
      channel: z.literal(SECRET_REPLY),
      id: RequestId,
      ok: z.literal(false),
      problem: z.enum(['exposed', 'damaged', 'undecryptable', 'unavailable', 'io']),
      message: z.string(),
    })
    .strict(),
]);
export type SecretReply = z.infer<typeof SecretReply>;

/** Cheap routing test before validation: is this message on the given secrets channel at all? */
export function onChannel(message: unknown, channel: typeof SECRET_REQUEST | typeof SECRET_REPLY): boolean {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === channel;
}
