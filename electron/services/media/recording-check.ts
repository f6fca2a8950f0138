import fs from 'node:fs/promises';
import type { RecordingStatus } from '../../../shared/schemas/media';
import { sha256OfFile } from './file-source';
import type { RecordingsStore, StoredRecording } from './recordings-store';

export interface FileCheck {
  status: Extract<RecordingStatus, 'ok' | 'missing' | 'changed'>;
  message: string | null;
}

const missing = (r: StoredRecording, why: string): FileCheck => ({
  status: 'missing',
  message: `The recording “${r.fileName}” ${why} Locate the file to play it again; the review can still be scored.`,
});

const changed = (r: StoredRecording): FileCheck => ({
  status: 'changed',
  message: `The file at ${r.path} is no longer the recording that was attached: its content has changed. Locate the original recording, or attach this file instead.`,
});

/**
 * Is the attached file still there and still the same recording? Size and
 * modification time decide cheaply; only a file whose time moved but size did
 * not is hashed again (a copy that kept its content, or an edit that kept its
 * length), and an unchanged hash is remembered so it is not hashed next time.
 */
export async function checkRecordingFile(recording: StoredRecording, store: RecordingsStore): Promise<FileCheck> {
  let stat;
  try {
    stat = await fs.stat(recording.path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? missing(recording, `is no longer at ${recording.path}.`)
      : missing(recording, `at ${recording.path} cannot be read (${code ?? 'access refused'}).`);
  }
  if (!stat.isFile()) return missing(recording, `is no longer at ${recording.path}.`);
  if (stat.size !== recording.sizeBytes) return changed(recording);
  const modifiedMs = Math.floor(stat.mtimeMs);
  if (modifiedMs === recording.modifiedMs) return { status: 'ok', message: null };
  const sha256 = await sha256OfFile(recording.path).catch(() => null);
  if (sha256 === null) return missing(recording, `at ${recording.path} cannot be read.`);
  if (sha256 !== recording.sha256) return changed(recording);
  store.touch(recording.interactionId, modifiedMs);
  return { status: 'ok', message: null };
}
