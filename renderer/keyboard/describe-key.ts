/** The parts of a KeyboardEvent the shortcut logic reads, so it can be tested without a DOM. */
export interface KeyInput {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

const modifierKeys = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'CapsLock']);

/**
 * Turns a key press into the descriptor the keymap uses, or null for a bare
 * modifier. Printable characters already carry Shift ("?" is Shift+/, "M" is
 * m), so Shift is dropped for them and letters are lower-cased: M and Shift+M
 * both mean "met". With Alt, a Mac types a symbol ("¬" for Alt+L), so the
 * physical key decides.
 */
export function describeKey(input: KeyInput): string | null {
  if (modifierKeys.has(input.key)) return null;
  let key = input.key;
  if (input.altKey && input.code) {
    const letter = /^Key([A-Z])$/.exec(input.code);
    const digit = /^Digit([0-9])$/.exec(input.code);
    if (letter?.[1]) key = letter[1];
    else if (digit?.[1]) key = digit[1];
    // Alt+[ on a Mac types “ (and Alt+Shift+[ ”): the player's skip keys go by the physical bracket key.
    else if (input.code === 'BracketLeft') key = input.shiftKey ? '{' : '[';
    else if (input.code === 'BracketRight') key = input.shiftKey ? '}' : ']';
  }
  const printable = key.length === 1;
  if (printable) key = key.toLowerCase();
  if (key === ' ') key = 'Space';
  const prefix =
    (input.ctrlKey || input.metaKey ? 'Mod+' : '') + (input.altKey ? 'Alt+' : '') + (input.shiftKey && !printable ? 'Shift+' : '');
  return prefix + key;
}

const names: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Backspace: 'Backspace',
  Delete: 'Delete',
};

/** How a descriptor is shown to people: "Ctrl+Enter" (or "⌘+Enter" on a Mac), "G then L". */
export function formatKeys(descriptor: string, isMac: boolean): string {
  return descriptor
    .split(' ')
    .map((step) =>
      step
        .split('+')
        .map((part) => {
          if (part === 'Mod') return isMac ? '⌘' : 'Ctrl';
          if (part === 'Alt') return isMac ? '⌥' : 'Alt';
          return names[part] ?? (part.length === 1 ? part.toUpperCase() : part);
        })
        .join('+'),
    )
    .join(' then ');
}
