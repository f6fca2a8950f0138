import type { KeyBinding } from './keymap';

export interface MatchContext {
  /** Bindings that may fire now: their scope is active and a handler is registered. */
  candidates: readonly KeyBinding[];
  typing: boolean;
  now: number;
}

export type MatchResult =
  | { kind: 'match'; binding: KeyBinding; key: string }
  | { kind: 'pending' }
  | { kind: 'none' };

/** How long the second key of a sequence ("g", then "l") may take. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/**
 * Resolves key presses to bindings, remembering the first key of a sequence.
 * Pure apart from that memory, so the whole keyboard behaviour is testable
 * without a browser.
 */
export function createKeyMatcher() {
  let pending: { prefix: string; at: number } | null = null;

  return function match(descriptor: string, ctx: MatchContext): MatchResult {
    const usable = ctx.candidates.filter((b) => !b.native && (!ctx.typing || b.inTextField));
    if (pending && ctx.now - pending.at <= SEQUENCE_TIMEOUT_MS) {
      const sequence = `${pending.prefix} ${descriptor}`;
      pending = null;
      const binding = usable.find((b) => b.keys.includes(sequence));
      if (binding) return { kind: 'match', binding, key: sequence };
    }
    pending = null;
    const binding = usable.find((b) => b.keys.includes(descriptor));
    if (binding) return { kind: 'match', binding, key: descriptor };
    if (!ctx.typing && usable.some((b) => b.keys.some((k) => k.startsWith(`${descriptor} `)))) {
      pending = { prefix: descriptor, at: ctx.now };
      return { kind: 'pending' };
    }
    return { kind: 'none' };
  };
}
