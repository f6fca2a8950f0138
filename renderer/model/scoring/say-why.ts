/**
 * "Mark it, then say why" (issue 13 item 1). An answer key moves the focus on
 * at once, so the fast path stays one key per element; but the reviewer's next
 * thought is often why, and C or T must reach the element just answered, not
 * the next one. So the element answered by key stays marked as "just answered"
 * (shown on its row) and C and T go to it, until the reviewer moves (arrows,
 * Tab, a click), answers again, or presses Esc. After writing the comment or
 * the note, Esc or Enter goes back to where the reviewer was: the next element.
 * No timer decides anything: what the row shows is what the keys do.
 */
export interface SayWhyState {
  /** The element answered by the last answer key, while it stays marked. */
  justAnswered: number | null;
  /** The element the reviewer is on (has the focus). */
  current: number;
}

/** Where C and T go: the element just answered, else the one in focus. */
export function sayWhyIndex(state: SayWhyState): number {
  return state.justAnswered ?? state.current;
}

/** After a key answered `index`: focus on the next element (the last stays), with `index` marked. */
export function afterAnswerKey(index: number, count: number): { justAnswered: number; next: number } {
  return { justAnswered: index, next: Math.min(index + 1, count - 1) };
}
