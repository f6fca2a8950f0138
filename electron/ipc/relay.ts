import type { Envelope } from '../../shared/api';

/**
 * What the main process does with one validated call before the backend sees
 * it: answer it here (a dialog, or a refusal, with `refused` saying why for the
 * log), or forward it, perhaps rewritten (a grant swapped for its path).
 */
export type RelayDecision = { answer: Envelope<unknown>; refused?: string } | { forward: unknown };

/** One step of the main process's relay; a method it does not care about is forwarded untouched. */
export interface IpcRelay {
  intercept(name: string, input: unknown, sender: unknown): Promise<RelayDecision>;
}

export const refusal = (code: 'unauthorized' | 'invalid_input' | 'not_found', message: string, refused: string): RelayDecision => ({
  answer: { ok: false, error: { code, message } },
  refused,
});
