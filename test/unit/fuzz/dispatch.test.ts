import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { api, isMethodName } from '../../../shared/api';
import { ApiErrorBody } from '../../../shared/api/errors';
import { dispatch } from '../../../shared/api/dispatch';
import { fuzzCall } from './support/payloads';
import { checksum, seededWorld, type World } from './support/world';

const Envelope = z.union([z.object({ ok: z.literal(true), value: z.unknown() }).strict(), z.object({ ok: z.literal(false), error: ApiErrorBody }).strict()]);

let world: World;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const networkAttempts: string[] = [];

beforeAll(async () => {
  // Nothing leaves the machine: a fuzzed connection test or delivery meets a network that is down.
  vi.stubGlobal('fetch', async (url: unknown) => {
    networkAttempts.push(String(url));
    throw new TypeError('fetch failed (the fuzz test has no network)');
  });
  process.on('unhandledRejection', onUnhandled);
  world = await seededWorld();
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllGlobals();
  await world.s.close();
});

describe('every API method, fed thousands of random and hostile payloads through dispatch', () => {
  it('always answers with an envelope, never crashes, and a refusal writes nothing', async () => {
    const ids = Object.values(world.ids);
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCall(world.bases, ids), async ({ method, input }) => {
        // An accepted call may have queued work (a published calibration session goes to the server target): it
        // settles first, so the checksum sees only what the call itself writes.
        await world.s.idle();
        const before = checksum(world);
        const envelope = await dispatch(world.s.service.handlers, method, input);
        expect(Envelope.safeParse(envelope).success, JSON.stringify(envelope)).toBe(true);
        if (!envelope.ok) {
          refusals += 1;
          // "internal" is a handler that threw something it did not mean to: a crash in all but name.
          expect(envelope.error.code, `${method}: ${envelope.error.message}`).not.toBe('internal');
          expect(checksum(world), `${method} was refused (${envelope.error.message}) but changed the database`).toBe(before);
        } else if (isMethodName(method)) {
          const output: z.ZodType = api[method].output;
          expect(output.safeParse(envelope.value).success, `${method} answered outside its schema`).toBe(true);
        }
      }),
      { numRuns: 3000, seed: Number(process.env.CALLMARK_FUZZ_SEED ?? 20261130), endOnFailure: true },
    );
    expect(refusals).toBeGreaterThan(1000);
    expect(unhandled).toEqual([]);
  }, 240_000);

  it('answers an unknown method name with not_found, whatever it is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.info ', 'APP.INFO')), fc.jsonValue(), async (name, input) => {
        fc.pre(!isMethodName(name));
        expect(await dispatch(world.s.service.handlers, name, input)).toEqual({ ok: false, error: { code: 'not_found', message: `Unknown API method "${name}".` } });
      }),
      { numRuns: 1000 },
    );
  });
});
