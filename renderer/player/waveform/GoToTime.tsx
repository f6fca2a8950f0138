import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { usePlayer } from '../../stores/player';
import { formatClock, parseClock } from '../format-time';
import './GoToTime.css';

/**
 * "Go to mm:ss" (issue 13 item 4): type a time, Enter plays from there and the
 * focus goes back where it was; Esc goes back without moving.
 */
export function GoToTime({ duration, onClose }: { duration: number | null; onClose: () => void }) {
  const seek = usePlayer((s) => s.seek);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(null);
  const id = useId();

  useEffect(() => {
    opener.current = document.activeElement;
    input.current?.focus();
  }, []);

  const close = () => {
    onClose();
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const seconds = parseClock(text);
    if (seconds === null) {
      setError('Type a time such as 12:30 or 1:02:03.');
      return;
    }
    if (duration !== null && seconds > duration) {
      setError(`The recording is ${formatClock(duration)} long.`);
      return;
    }
    seek(seconds);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here, so the keymap's Escape does not act on the checklist as well.
    event.preventDefault();
    close();
  };

  return (
    <form className="go-to-time" onSubmit={submit} aria-label="Go to a time">
      <label htmlFor={`${id}-time`}>Go to</label>
      <input
        ref={input}
        id={`${id}-time`}
        className="go-to-time__input"
        type="text"
        inputMode="numeric"
        placeholder="m:ss"
        value={text}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="button button--small">
        Go
      </button>
      {error && (
        <p id={`${id}-error`} className="field__error go-to-time__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
