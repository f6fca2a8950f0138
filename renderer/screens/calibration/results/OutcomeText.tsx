import type { ElementResult } from '../../../../shared/calibration';
import './OutcomeText.css';

/** The discussion's outcome as recorded: the answer agreed on, the note, and guidance proposed for the next version. */
export function OutcomeText({ element }: { element: ElementResult }) {
  const outcome = element.outcome;
  if (!outcome) return <p className="u-muted outcome-text">No outcome recorded yet.</p>;
  const agreed = outcome.agreedAnswer === null ? null : (element.distribution.find((d) => d.value === outcome.agreedAnswer)?.label ?? String(outcome.agreedAnswer));
  return (
    <div className="outcome-text">
      <p>
        <strong>Outcome:</strong> {agreed ? `the right answer is “${agreed}”.` : 'no single answer agreed.'} {outcome.note}
      </p>
      {outcome.guidance && (
        <p>
          <strong>Proposed guidance for the next version:</strong> {outcome.guidance}
        </p>
      )}
    </div>
  );
}
