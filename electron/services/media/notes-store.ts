import type Database from 'better-sqlite3';
import type { TimestampedNote } from '../../../shared/schemas/media';

interface NoteRow {
  id: string;
  scorecard_id: string;
  element_id: string | null;
  at_seconds: number;
  text: string;
  created_at: string;
  updated_at: string;
}

const toNote = (r: NoteRow): TimestampedNote => ({
  id: r.id,
  scorecardId: r.scorecard_id,
  elementId: r.element_id,
  atSeconds: r.at_seconds,
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createNotesStore(db: Database.Database) {
  const byId = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE id = ?');
  // Time order; notes dropped at the same second keep the order they were made in.
  const list = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE scorecard_id = ? ORDER BY at_seconds, created_at, id');
  const insert = db.prepare(
    `INSERT INTO notes (id, scorecard_id, element_id, at_seconds, text, created_at, updated_at)
     VALUES (@id, @scorecardId, @elementId, @atSeconds, @text, @createdAt, @updatedAt)`,
  );
  const update = db.prepare('UPDATE notes SET element_id = @elementId, at_seconds = @atSeconds, text = @text, updated_at = @updatedAt WHERE id = @id');
  const remove = db.prepare('DELETE FROM notes WHERE id = ?');
  const snapshot = db.prepare('INSERT OR IGNORE INTO note_revisions (scorecard_id, revision, notes) VALUES (?, ?, ?)');
  const atRevision = db.prepare<[string, number], { notes: string }>('SELECT notes FROM note_revisions WHERE scorecard_id = ? AND revision = ?');
  return {
    get: (id: string): TimestampedNote | null => {
      const row = byId.get(id);
      return row ? toNote(row) : null;
    },
    list: (scorecardId: string): TimestampedNote[] => list.all(scorecardId).map(toNote),
    insert: (note: TimestampedNote) => void insert.run(note),
    update: (note: TimestampedNote) => void update.run(note),
    remove: (id: string) => void remove.run(id),
    /** Keeps the notes a revision was completed with (in time order), for its history and for a discarded later draft. */
    snapshot: (scorecardId: string, revision: number) => void snapshot.run(scorecardId, revision, JSON.stringify(list.all(scorecardId).map(toNote))),
    /** The notes of a completed revision, or null when it was completed before notes were kept per revision. */
    atRevision: (scorecardId: string, revision: number): TimestampedNote[] | null => {
      const row = atRevision.get(scorecardId, revision);
      return row ? (JSON.parse(row.notes) as TimestampedNote[]) : null;
    },
  };
}
export type NotesStore = ReturnType<typeof createNotesStore>;
