import type { SessionRecording } from './session-document';

/**
 * Where an organiser's shared copy of a session's recording lives in a share:
 * `calibration-recordings/<sha256><.ext>`, beside the kinds' folders (which
 * the import never looks outside of). Named by content, so two sessions on
 * one call share one copy, and a name never points at other bytes.
 */
export const RECORDINGS_FOLDER = 'calibration-recordings';

export function sharedRecordingName(recording: Pick<SessionRecording, 'sha256' | 'fileName'>): string {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(recording.fileName)?.[1]?.toLowerCase();
  return `${recording.sha256}${ext ? `.${ext}` : ''}`;
}
