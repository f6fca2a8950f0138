import { elementDomId, type ElementRef } from '../model/scoring/elements';

/**
 * The checklist element that has the focus (its row, an answer button or its
 * comment box), or null when the focus is elsewhere: a note dropped then is
 * about the whole review.
 */
export function focusedElementId(elements: readonly ElementRef[], active: Element | null = document.activeElement): string | null {
  const row = active?.closest('li.element-row');
  if (!row) return null;
  return elements.find((ref) => elementDomId(ref.element.id) === row.id)?.element.id ?? null;
}

/** "1.3 Apology for wait", or "Whole review" for a note not tied to an element. */
export function noteSubject(elements: readonly ElementRef[], elementId: string | null): string {
  if (elementId === null) return 'Whole review';
  const ref = elements.find((r) => r.element.id === elementId);
  return ref ? `${ref.number} ${ref.element.label}` : 'An element no longer on this scorecard';
}
