import { useEffect, useRef } from 'react';
import { useScoring } from '../../stores/scoring';
import { elementDomId } from '../../model/scoring/elements';
import './MissingList.css';

/** Why Complete was refused, each item a link straight to the element that needs it. */
export function MissingList() {
  const show = useScoring((s) => s.showMissing);
  const missing = useScoring((s) => s.missing);
  const elements = useScoring((s) => s.elements);
  const focus = useScoring((s) => s.focus);
  const heading = useRef<HTMLHeadingElement>(null);
  const visible = show && missing.length > 0;

  useEffect(() => {
    if (visible) heading.current?.focus();
    // Focus only when the list appears, not each time an item is resolved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [show]);

  if (!visible) return null;
  return (
    <section className="missing-list" aria-labelledby="missing-title">
      <h2 id="missing-title" ref={heading} tabIndex={-1}>
        Not complete yet: {missing.length} {missing.length === 1 ? 'item needs' : 'items need'} your attention
      </h2>
      <ul>
        {missing.map((item) => {
          const ref = elements.find((r) => r.element.id === item.elementId);
          return (
            <li key={`${item.elementId}-${item.reason}`}>
              <a
                href={`#${elementDomId(item.elementId)}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (ref) focus(ref.index, item.reason === 'comment_required' ? 'comment' : 'element');
                }}
              >
                {ref ? `${ref.number} ${ref.element.label}` : item.elementId}
              </a>
              <span className="missing-list__why"> — {item.reason === 'unanswered' ? 'not answered' : 'comment required'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
