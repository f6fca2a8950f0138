import type Database from 'better-sqlite3';
import type { RecordingRef } from '../../../shared/schemas/media';

interface RecordingRow {
  interaction_id: string;
  path: string;
  file_name: string;
  size_bytes: number;
  modified_ms: number;
  sha256: string;
  format: string;
  format_label: string;
  duration_seconds: number | null;
  sample_rate: number | null;
  channels: number | null;
  attached_at: string;
}

/** A stored recording: the API's view plus the modification time used to skip re-hashing an unchanged file. */
export interface StoredRecording extends RecordingRef {
  modifiedMs: number;
}

const toRecording = (r: RecordingRow): StoredRecording => ({
  interactionId: r.interaction_id,
  path: r.path,
  fileName: r.file_name,
  sizeBytes: r.size_bytes,
  modifiedMs: r.modified_ms,
  sha256: r.sha256,
  format: r.format,
  formatLabel: r.format_label,
  durationSeconds: r.duration_seconds,
  sampleRate: r.sample_rate,
  channels: r.channels,
  attachedAt: r.attached_at,
});

export const toRecordingRef = ({ modifiedMs: _, ...ref }: StoredRecording): RecordingRef => ref;

export function createRecordingsStore(db: Database.Database) {
  const byInteraction = db.prepare<[string], RecordingRow>('SELECT * FROM recordings WHERE interaction_id = ?');
  const upsert = db.prepare(
    `INSERT INTO recordings (interaction_id, path, file_name, size_bytes, modified_ms, sha256, format, format_label,
       duration_seconds, sample_rate, channels, attached_at)
     VALUES (@interactionId, @path, @fileName, @sizeBytes, @modifiedMs, @sha256, @format, @formatLabel,
       @durationSeconds, @sampleRate, @channels, @attachedAt)
     ON CONFLICT (interaction_id) DO UPDATE SET path = excluded.path, file_name = excluded.file_name,
       size_bytes = excluded.size_bytes, modified_ms = excluded.modified_ms, sha256 = excluded.sha256,
       format = excluded.format, format_label = excluded.format_label, duration_seconds = excluded.duration_seconds,
       sample_rate = excluded.sample_rate, channels = excluded.channels, attached_at = excluded.attached_at`,
  );
  const touch = db.prepare('UPDATE recordings SET modified_ms = ? WHERE interaction_id = ?');
  const remove = db.prepare('DELETE FROM recordings WHERE interaction_id = ?');
  const hashes = db.prepare<[], { sha256: string }>('SELECT DISTINCT sha256 FROM recordings');
  return {
    get: (interactionId: string): StoredRecording | null => {
      const row = byInteraction.get(interactionId);
      return row ? toRecording(row) : null;
    },
    save: (recording: StoredRecording) => void upsert.run(recording),
    /** The file was re-hashed and found unchanged: remember its new modification time so it is not hashed again. */
    touch: (interactionId: string, modifiedMs: number) => void touch.run(modifiedMs, interactionId),
    remove: (interactionId: string) => void remove.run(interactionId),
    allHashes: (): Set<string> => new Set(hashes.all().map((r) => r.sha256)),
  };
}
export type RecordingsStore = ReturnType<typeof createRecordingsStore>;
