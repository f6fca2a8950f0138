import type Database from 'better-sqlite3';
import type { RecordingRef, TimestampedNote } from '../../../../shared/schemas/media';
import { createNotesStore } from '../../media/notes-store';
import { createRecordingsStore } from '../../media/recordings-store';

/**
 * Where the export reads a scorecard's timestamped notes and its recording's
 * fingerprint from: the media feature's own stores (issue 3), read-only. Only
 * name, hash and size of the recording are taken; its path stays on this laptop.
 */
export interface MediaSource {
  notesOf(scorecardId: string): TimestampedNote[];
  recordingOf(interactionId: string): Pick<RecordingRef, 'fileName' | 'sha256' | 'sizeBytes'> | null;
}

export function createMediaSource(db: Database.Database): MediaSource {
  const notes = createNotesStore(db);
  const recordings = createRecordingsStore(db);
  return {
    notesOf: (scorecardId) => notes.list(scorecardId),
    recordingOf(interactionId) {
      const r = recordings.get(interactionId);
      return r ? { fileName: r.fileName, sha256: r.sha256, sizeBytes: r.sizeBytes } : null;
    },
  };
}
