import type { z } from 'zod';
import { api, type MethodName } from './index';
import { describeZodError, type ApiErrorBody } from './errors';

export type CheckedInput = { ok: true; data: unknown } | { ok: false; error: ApiErrorBody };

/**
 * Validates a method's input with its shared schema: the one check every receiving end makes (the backend's
 * dispatch, and Electron's main process before it relays a call), so both refuse alike and in the same words.
 */
export function checkInput(name: MethodName, rawInput: unknown): CheckedInput {
  const schema: z.ZodType = api[name].input;
  let parsed: ReturnType<z.ZodType['safeParse']>;
  try {
    parsed = schema.safeParse(rawInput ?? {});
  } catch (error) {
    // A schema that accepts any JSON (a template draft's `z.json()`) recurses once per level: a hostile payload
    // nested thousands deep overflows the stack inside zod, which must be a refusal, not a crash of the transport.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: it is nested too deeply to read.` } };
  }
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: ${describeZodError(parsed.error)}`, details: parsed.error.issues } };
  }
  return { ok: true, data: parsed.data };
}
