import { useNotes } from '../stores/notes';
import { hasPlayableRecording, usePlayer } from '../stores/player';
import { NoteRow } from './NoteRow';
import './NotesList.css';

/** The review's notes in time order. Completed reviews show them read-only, as they were completed. */
export function NotesList({ readOnly }: { readOnly: boolean }) {
  const notes = useNotes((s) => s.notes);
  const loadError = useNotes((s) => s.loadError);
  const seekable = usePlayer(hasPlayableRecording);
  return (
    <section className="notes-list" aria-labelledby="notes-title">
      <h3 id="notes-title" className="notes-list__title">
        Notes <span className="notes-list__count">({notes.length})</span>
      </h3>
      {loadError && <p className="notice notice--error">The notes could not be read: {loadError}</p>}
      {notes.length === 0 ? (
        <p className="u-muted notes-list__empty">{readOnly ? 'No notes.' : 'Press T to drop a note at the current time on the element in focus.'}</p>
      ) : (
        <ol className="notes-list__items" aria-label="Notes in time order">
          {notes.map((note) => (
            <NoteRow key={note.key} note={note} readOnly={readOnly} seekable={seekable} />
          ))}
        </ol>
      )}
    </section>
  );
}
