/** The parts of a DOM element that decide whether keys typed into it are text. */
export interface FocusTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Input types where a letter is a click or a toggle, not text. */
const nonTextInputs = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/**
 * True while the user is typing into something: then no single-key shortcut
 * may fire, or "n" in a comment would mark an element not met. A select counts,
 * because typing a letter there picks an option.
 */
export function isTextEntry(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  switch (target.tagName?.toUpperCase()) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !nonTextInputs.has((target.type ?? 'text').toLowerCase());
    default:
      return false;
  }
}

/** Controls the browser activates with Space or Enter. */
const activatableInputs = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file']);

/**
 * True on a button, link, checkbox or <summary>: there Space is the browser's
 * own "press this", so a Space shortcut (play/pause) must let it be.
 */
export function isActivatable(target: (FocusTarget & { hasAttribute?: (name: string) => boolean }) | null | undefined): boolean {
  if (!target) return false;
  switch (target.tagName?.toUpperCase()) {
    case 'BUTTON':
    case 'SUMMARY':
      return true;
    case 'A':
      return target.hasAttribute?.('href') ?? true;
    case 'INPUT':
      return activatableInputs.has((target.type ?? 'text').toLowerCase());
    default:
      return false;
  }
}
