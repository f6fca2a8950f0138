import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useNotes, type NoteView } from '../stores/notes';
import { useScoring } from '../stores/scoring';
import { formatClock } from './format-time';
import { noteSubject } from './focused-element';
import { NoteTime } from './NoteTime';
import './NoteRow.css';

interface Props {
  note: NoteView;
  readOnly: boolean;
  /** A recording to seek in; a live review's note times are only read. */
  seekable: boolean;
}

/** Back to the checklist, where the reviewer was: after "N, then T" that is the element after the one noted. */
const returnToChecklist = () => useScoring.getState().resume();

/**
 * One timestamped note: its time (a button that seeks there), what it is
 * about, and its text, typed straight after the T that dropped it, on as
 * many lines as it needs (Shift+Enter). Enter or Esc goes back to the
 * checklist; the text saves as you type.
 */
export const NoteRow = memo(function NoteRow({ note, readOnly, seekable }: Props) {
  const elements = useScoring((s) => s.elements);
  const focusRequest = useNotes((s) => s.focusRequest);
  const setText = useNotes((s) => s.setText);
  const remove = useNotes((s) => s.remove);
  const flush = useNotes((s) => s.flush);
  const input = useRef<HTMLTextAreaElement>(null);
  const time = formatClock(note.atSeconds);
  const subject = noteSubject(elements, note.elementId);

  useEffect(() => {
    if (focusRequest?.key !== note.key || !input.current) return;
    input.current.focus({ preventScroll: true });
    input.current.scrollIntoView({ block: 'nearest' });
  }, [focusRequest, note.key]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter goes back to the checklist, as T's note is usually one line; Shift+Enter starts another.
    if ((event.key !== 'Enter' || event.shiftKey) && event.key !== 'Escape') return;
    // Handled here, so the keymap's Escape (leave a comment) does not act on it as well.
    event.preventDefault();
    flush();
    returnToChecklist();
  };

  const onDelete = () => {
    remove(note.key);
    returnToChecklist();
  };

  return (
    <li className="note-row" data-note-time={note.atSeconds}>
      <span className="note-row__time">
        <NoteTime seconds={note.atSeconds} seekable={seekable} />
      </span>
      <span className="note-row__subject">{subject}</span>
      {readOnly ? (
        <p className="note-row__text">{note.text || <span className="u-muted">(no text)</span>}</p>
      ) : (
        <>
          <textarea
            ref={input}
            rows={1}
            className="note-row__input"
            aria-label={`Note at ${time} on ${subject}`}
            value={note.text}
            maxLength={5000}
            placeholder="Type the note; Enter goes back, Shift+Enter adds a line"
            onChange={(e) => setText(note.key, e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={flush}
          />
          <button type="button" className="note-row__delete" aria-label={`Delete the note at ${time}`} title="Delete note" onClick={onDelete}>
            ×
          </button>
        </>
      )}
    </li>
  );
});
