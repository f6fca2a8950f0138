/** Mac users expect ⌘ where others press Ctrl; the keymap's "Mod" means either. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
