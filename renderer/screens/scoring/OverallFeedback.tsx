import { FEEDBACK_FIELDS, type FeedbackField } from '../../../shared/schemas/scorecard';
import { useOverallFeedback } from '../../stores/overall-feedback';
import { isReadOnly, useScoring } from '../../stores/scoring';
import './OverallFeedback.css';

export const FEEDBACK_LABELS: Record<FeedbackField, string> = { wentWell: 'What went well', workOn: 'What to work on' };

/**
 * The reviewer's overall feedback on the whole call, below the checklist (seed
 * 004: the scorecard drives coaching). Saved as typed, like an element's
 * comment; read-only once the scorecard is completed.
 */
export function OverallFeedback() {
  const detail = useScoring((s) => s.detail);
  const feedback = useOverallFeedback((s) => s.feedback);
  const save = useOverallFeedback((s) => s.set);
  const flush = useScoring((s) => s.flushComments);
  if (!detail) return null;
  const readOnly = isReadOnly(detail);
  return (
    <section className="overall-feedback" aria-labelledby="overall-feedback-title">
      <h2 id="overall-feedback-title" className="overall-feedback__title">
        Overall feedback
      </h2>
      {FEEDBACK_FIELDS.map((field) =>
        readOnly ? (
          <div key={field} className="overall-feedback__field">
            <h3 className="overall-feedback__label">{FEEDBACK_LABELS[field]}</h3>
            <p className="overall-feedback__text">{feedback[field] || <span className="u-muted">Nothing written.</span>}</p>
          </div>
        ) : (
          <div key={field} className="overall-feedback__field">
            <label htmlFor={`overall-feedback-${field}`} className="overall-feedback__label">
              {FEEDBACK_LABELS[field]}
            </label>
            <textarea id={`overall-feedback-${field}`} rows={3} maxLength={20_000} value={feedback[field]} onChange={(e) => save(field, e.target.value)} onBlur={flush} />
          </div>
        ),
      )}
    </section>
  );
}
