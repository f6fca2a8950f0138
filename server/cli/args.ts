import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { describeZodError } from '../../shared/api/errors';

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses one command's options (`--name value`, repeatable ones given more
 * than once) and checks them with the command's schema, so a wrong option is
 * one sentence naming it.
 */
export function parseOptions<S extends z.ZodType>(
  argv: readonly string[],
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>,
  schema: S,
): z.infer<S> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options: { config: { type: 'string' }, ...options }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new UsageError(describeZodError(parsed.error).replace(/^(\w+):/, '--$1:').replace(/; (\w+):/g, '; --$1:'));
  return parsed.data;
}
