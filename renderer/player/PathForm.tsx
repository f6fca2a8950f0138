import { useState, type FormEvent } from 'react';
import './PathForm.css';

interface Props {
  /** "Attach" or "Locate": what the button says and does. */
  action: string;
  label: string;
  busy: boolean;
  onSubmit: (path: string) => void;
}

/**
 * The browser host's way to name a recording: it has no file dialog that
 * reveals a path, and a dropped File carries none. Folded behind a button so
 * it takes no room until wanted.
 */
export function PathForm({ action, label, busy, onSubmit }: Props) {
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState('');
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} data-next-after-file>
        {action} from path…
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) onSubmit(path.trim());
  };
  return (
    <form className="path-form" aria-label={label} onSubmit={submit}>
      <label className="path-form__label">
        Path of the recording file
        {/* Opened on request, so taking the caret at once is what the reviewer asked for. */}
        <input type="text" value={path} onChange={(e) => setPath(e.target.value)} autoFocus spellCheck={false} placeholder="/home/me/calls/call-1001.wav" />
      </label>
      <div className="path-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !path.trim()}>
          {action}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
