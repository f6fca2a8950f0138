import { useNotes } from '../../stores/notes';
import { hasPlayableRecording, usePlayer } from '../../stores/player';
import { formatClock } from '../../player/format-time';
import './ElementNotes.css';

/**
 * The timestamped notes about one element, shown on its row (issue 13 item 5),
 * or those about the whole review (elementId null) above the checklist: what
 * was heard stays beside what it was about. The time plays from there; the
 * text is edited in the notes list beside the checklist.
 */
export function ElementNotes({ elementId, label }: { elementId: string | null; label: string }) {
  const notes = useNotes((s) => s.notes);
  const seekable = usePlayer(hasPlayableRecording);
  const seek = usePlayer((s) => s.seek);
  const mine = notes.filter((n) => n.elementId === elementId);
  if (mine.length === 0) return null;
  return (
    <ul className={`element-notes${elementId === null ? ' element-notes--review' : ''}`} aria-label={label}>
      {mine.map((note) => {
        const time = formatClock(note.atSeconds);
        return (
          <li key={note.key} className="element-notes__note">
            {seekable ? (
              <button type="button" className="element-notes__time" aria-label={`Play from ${time}`} onClick={() => seek(note.atSeconds)}>
                {time}
              </button>
            ) : (
              <span className="element-notes__time">{time}</span>
            )}
            <span className="element-notes__text">{note.text || <span className="u-muted">(no text yet)</span>}</span>
          </li>
        );
      })}
    </ul>
  );
}
