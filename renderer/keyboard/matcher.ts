import type { KeyBinding } from './keymap';

export interface MatchContext {
  /** Bindings that may fire now: their scope is active and a handler is registered. */
  candidates: readonly KeyBinding[];
  typing: boolean;
  now: number;
  /** Shift was held: a letter then means "Shift+t" where a binding asks for that, else the letter itself. */
  shift?: boolean;
  /** Focus is on a button, link or checkbox: bindings marked notOnControls leave its key to the browser. */
  onControl?: boolean;
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
    const usable = ctx.candidates.filter((b) => !b.native && (!ctx.typing || b.inTextField) && !(ctx.onControl && b.notOnControls));
    if (pending && ctx.now - pending.at <= SEQUENCE_TIMEOUT_MS) {
      const sequence = `${pending.prefix} ${descriptor}`;
      pending = null;
      const binding = usable.find((b) => b.keys.includes(sequence));
      if (binding) return { kind: 'match', binding, key: sequence };
    }
    pending = null;
    // "M" and Shift+M both mean met (Caps Lock must not matter); only a binding that names Shift+letter tells them apart.
    const shifted = ctx.shift && /^[a-z]$/.test(descriptor) ? `Shift+${descriptor}` : null;
    const withShift = shifted ? usable.find((b) => b.keys.includes(shifted)) : undefined;
    if (shifted && withShift) return { kind: 'match', binding: withShift, key: shifted };
    const binding = usable.find((b) => b.keys.includes(descriptor));
    if (binding) return { kind: 'match', binding, key: descriptor };
    if (!ctx.typing && usable.some((b) => b.keys.some((k) => k.startsWith(`${descriptor} `)))) {
      pending = { prefix: descriptor, at: ctx.now };
      return { kind: 'pending' };
    }
    return { kind: 'none' };
  };
}
