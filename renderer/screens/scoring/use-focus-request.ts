import { useEffect } from 'react';
import { useScoring } from '../../stores/scoring';
import { commentDomId, elementDomId } from '../../model/scoring/elements';

/**
 * Carries out the store's focus requests on the DOM, scrolling only as far as
 * needed. Used by a leaf component so a key press does not re-render the screen.
 */
export function useFocusRequest(): void {
  const request = useScoring((s) => s.focusRequest);
  useEffect(() => {
    if (!request) return;
    const ref = useScoring.getState().elements[request.index];
    if (!ref) return;
    const id = request.target === 'comment' ? commentDomId(ref.element.id) : elementDomId(ref.element.id);
    const node = document.getElementById(id) ?? document.getElementById(elementDomId(ref.element.id));
    if (!node) return;
    node.focus({ preventScroll: true });
    node.scrollIntoView({ block: 'nearest' });
  }, [request]);
}
