import { useId, useState, type FormEvent } from 'react';
import { nameProblem } from '../../shared/people/names';
import { errorMessage } from '../api/errors';
import { useSession } from '../stores/session';

interface Props {
  initial: string;
  submitLabel: string;
  onSaved?: () => void;
  autoFocus?: boolean;
}

/** The reviewer's own name: stamped on every scorecard they complete. */
export function NameForm({ initial, submitLabel, onSaved, autoFocus }: Props) {
  const setReviewerName = useSession((s) => s.setReviewerName);
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The backend's own rule, said before sending: visible, and refused rather than cut when too long.
    const problem = name.trim() ? nameProblem(name, 'Your name') : 'Please type your name.';
    if (problem) {
      setError(problem.endsWith('.') ? problem : `${problem}.`);
      return;
    }
    setBusy(true);
    try {
      await setReviewerName(name.trim());
      setError(null);
      onSaved?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={inputId}>Your name</label>
        <input
          id={inputId}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {error && (
          <p id={errorId} role="alert" className="field__error">
            {error}
          </p>
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
