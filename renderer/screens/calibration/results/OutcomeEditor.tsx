import { useId, useState, type FormEvent } from 'react';
import type { AnswerValue } from '../../../../shared/schemas/scorecard';
import type { ElementResult } from '../../../../shared/calibration';
import { useCalibrationSession } from '../../../stores/calibration-session';
import './OutcomeEditor.css';

/**
 * The organiser records what the discussion of one element concluded: the
 * answer that was right, a note, and guidance text proposed for the template's
 * next version. Saved on this computer at once; "Publish outcomes" sends them.
 */
export function OutcomeEditor({ element }: { element: ElementResult }) {
  const save = useCalibrationSession((s) => s.saveOutcome);
  const busy = useCalibrationSession((s) => s.busy);
  const saved = element.outcome;
  const [agreed, setAgreed] = useState(saved && saved.agreedAnswer !== null ? String(saved.agreedAnswer) : '');
  const [note, setNote] = useState(saved?.note ?? '');
  const [guidance, setGuidance] = useState(saved?.guidance ?? '');
  const [status, setStatus] = useState('');
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const choice = element.distribution.find((d) => String(d.value) === agreed);
    const agreedAnswer: AnswerValue | null = choice ? choice.value : null;
    const ok = await save({ elementId: element.elementId, agreedAnswer, note, guidance: guidance.trim() ? guidance : null });
    setStatus(ok ? 'Saved on this computer; publish the outcomes to share them.' : '');
  };

  return (
    <form className="outcome-editor" onSubmit={submit} aria-label={`Outcome of ${element.number}`}>
      <h4 className="outcome-editor__title">Discussion outcome</h4>
      <div className="outcome-editor__fields">
        <label htmlFor={`${id}-agreed`}>Right answer</label>
        <select id={`${id}-agreed`} value={agreed} onChange={(e) => setAgreed(e.target.value)}>
          <option value="">Not settled</option>
          {element.distribution.map((d) => (
            <option key={String(d.value)} value={String(d.value)}>
              {d.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={2} value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
        <label htmlFor={`${id}-guidance`}>Amend guidance</label>
        <div>
          <textarea
            id={`${id}-guidance`}
            rows={3}
            value={guidance}
            maxLength={5000}
            aria-describedby={`${id}-current`}
            onChange={(e) => setGuidance(e.target.value)}
          />
          <p id={`${id}-current`} className="field__hint">
            Proposed for the template’s next version. Now: {element.guidance ? `“${element.guidance}”` : 'no guidance'}.
          </p>
        </div>
      </div>
      <div className="outcome-editor__actions">
        <button type="submit" className="button button--small" disabled={busy}>
          Save outcome
        </button>
        <span role="status" className="u-muted">
          {status}
        </span>
      </div>
    </form>
  );
}
