import { useNotes } from '../../stores/notes';
import { hasPlayableRecording, usePlayer } from '../../stores/player';
import { NoteTime } from '../../player/NoteTime';
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
  const mine = notes.filter((n) => n.elementId === elementId);
  if (mine.length === 0) return null;
  return (
    <ul className={`element-notes${elementId === null ? ' element-notes--review' : ''}`} aria-label={label}>
      {mine.map((note) => (
        <li key={note.key} className="element-notes__note">
          <NoteTime seconds={note.atSeconds} seekable={seekable} />
          <span className="element-notes__text">{note.text || <span className="u-muted">(no text yet)</span>}</span>
        </li>
      ))}
    </ul>
  );
}
