import { formatPercent } from '../../../shared/scoring/format';
import { Dialog } from '../../components/Dialog';
import { useScoring } from '../../stores/scoring';

/** Completing locks the scorecard (a change after is a revision with a reason), so it is confirmed: Enter completes, Esc goes back. */
export function CompleteDialog() {
  const phase = useScoring((s) => s.completePhase);
  const score = useScoring((s) => s.score);
  const cancel = useScoring((s) => s.cancelComplete);
  const confirm = useScoring((s) => s.confirmComplete);
  if (phase !== 'confirming' || !score) return null;
  return (
    <Dialog title="Complete this review?" onClose={cancel} describedBy="complete-text">
      <p id="complete-text">
        Score {score.overall ? formatPercent(score.overall.rounded) : 'N/A'} — {score.bandLabel}. Once completed, the scorecard is locked:
        it can be shared and exported as it is, and any later change is a new revision, made with Revise… and a reason, with this one kept in
        its history.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} data-autofocus>
          Complete review
        </button>
      </div>
    </Dialog>
  );
}
