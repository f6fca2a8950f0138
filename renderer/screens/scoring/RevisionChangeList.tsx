import { describeAnswer } from '../../model/scoring/answer-keys';
import type { ElementChange } from '../../model/scoring/revision-changes';
import './RevisionChangeList.css';

const quoted = (text: string) => (text ? `“${text}”` : 'none');

function describeChange({ ref, answer, comment }: ElementChange): string {
  const parts: string[] = [];
  if (answer) parts.push(`${describeAnswer(ref.element, answer.before)} → ${describeAnswer(ref.element, answer.after)}`);
  if (comment) parts.push(`comment ${quoted(comment.before)} → ${quoted(comment.after)}`);
  return parts.join('; ');
}

/** What a revision changed against the one before: each element's label, then old → new. */
export function RevisionChangeList({ previousNumber, changes }: { previousNumber: number; changes: ElementChange[] }) {
  if (changes.length === 0) return <p className="u-muted">No answer or comment changed from revision {previousNumber}.</p>;
  return (
    <>
      <h4 className="revision-change-list__title">Changed from revision {previousNumber}</h4>
      <ul className="revision-change-list">
        {changes.map((change) => (
          <li key={change.ref.element.id}>
            <span className="revision-change-list__element">
              {change.ref.number} {change.ref.element.label}
            </span>
            : {describeChange(change)}
          </li>
        ))}
      </ul>
    </>
  );
}
