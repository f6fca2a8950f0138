import type { RecordingReach } from '../../../shared/api/coaching';
import { checkRecordingFile } from '../media/recording-check';
import type { CoachingDeps } from './deps';

/**
 * Whether each scorecard's recording plays on this machine, checked the way
 * the player checks it (size and time, hashing only what looks changed) but
 * without decoding anything or issuing a playback URL: a profile may show
 * many moments, and only the one clicked is opened (`media.get`). A
 * recording moved since its notes were taken says so, with the player's own
 * words, and its moments keep their time and text.
 */
export async function recordingsReach(deps: CoachingDeps, scorecardIds: readonly string[]): Promise<RecordingReach[]> {
  const answers: RecordingReach[] = [];
  for (const scorecardId of new Set(scorecardIds)) {
    const scorecard = deps.repos.scorecards.get(scorecardId);
    if (!scorecard) {
      answers.push({ scorecardId, status: 'colleague', message: 'Scored on a colleague’s computer: its recording is not on this one.' });
      continue;
    }
    const recording = deps.recordings.get(scorecard.interactionId);
    if (!recording) {
      answers.push({ scorecardId, status: 'none', message: 'No recording was attached to this scorecard.' });
      continue;
    }
    const check = await checkRecordingFile(recording, deps.recordings);
    answers.push({ scorecardId, status: check.status, message: check.message });
  }
  return answers;
}
