import { memo } from 'react';
import { useScoring } from '../../stores/scoring';
import { AnswerGroup } from './AnswerGroup';
import { CommentField } from './CommentField';
import { ElementNotes } from './ElementNotes';
import { commentRequired } from '../../../shared/scoring';
import { elementDomId, type ElementRef } from '../../model/scoring/elements';
import './ElementRow.css';

interface Props {
  refItem: ElementRef;
  readOnly: boolean;
}

/**
 * One checklist element. The row itself takes focus (↑/↓, j/k) so single keys
 * answer it; it is not a Tab stop of its own, its answers and comment are.
 */
export const ElementRow = memo(function ElementRow({ refItem, readOnly }: Props) {
  const { element, index, number } = refItem;
  const value = useScoring((s) => s.values[element.id] ?? null);
  const isCurrent = useScoring((s) => s.current === index);
  const justAnswered = useScoring((s) => s.justAnswered === index);
  const missing = useScoring((s) => s.showMissing && s.missing.find((m) => m.elementId === element.id));
  const setAnswer = useScoring((s) => s.setAnswer);
  const setCurrent = useScoring((s) => s.setCurrent);
  const dropMark = useScoring((s) => s.dropMark);
  const labelId = `${elementDomId(element.id)}-label`;
  const guidanceId = `${elementDomId(element.id)}-guidance`;
  const needsComment = commentRequired(element, value);

  return (
    <li
      id={elementDomId(element.id)}
      className={`element-row${isCurrent ? ' is-current' : ''}${justAnswered ? ' is-just-answered' : ''}${value === null ? ' is-open' : ''}${missing ? ' is-missing' : ''}`}
      tabIndex={-1}
      aria-labelledby={labelId}
      aria-describedby={element.guidance ? guidanceId : undefined}
      onFocus={() => setCurrent(index)}
      // A click says where the reviewer is now: C and T follow it, not the element answered by key before.
      onPointerDown={dropMark}
    >
      <div className="element-row__text">
        <span id={labelId} className="element-row__label">
          <span className="element-row__number">{number}</span> {element.label}
          {element.critical !== 'none' && <span className="danger-tag"> Critical</span>}
        </span>
        {justAnswered && (
          <span className="element-row__say-why">
            just answered: <kbd>C</kbd> comment · <kbd>T</kbd> note here
          </span>
        )}
        {element.guidance && (
          <p id={guidanceId} className="element-row__guidance">
            {element.guidance}
          </p>
        )}
        {missing && <p className="element-row__missing">{missing.message}</p>}
      </div>
      <AnswerGroup element={element} value={value} readOnly={readOnly} labelledBy={labelId} onAnswer={(v) => setAnswer(element.id, v)} />
      <CommentField elementId={element.id} number={number} readOnly={readOnly} required={needsComment} />
      <ElementNotes elementId={element.id} label={`Notes on ${number}`} />
    </li>
  );
});
