import { clockDurationSeconds, pauseClock } from '../../../shared/media/clock';
import { scorecardKind } from '../../../shared/sync/kinds';
import type { CompletedEvent } from '../hooks';
import type { MediaDeps } from './deps';

/** The interaction duration field allows at most a day (shared/schemas/interaction.ts). */
const MAX_DURATION = 24 * 3600;

/**
 * The media part of completing a scorecard (or a revision of it): the `finish`
 * phase, inside the completing transaction and before sync freezes the document.
 * The notes are kept as this revision's, the live clock stops,
 * and the interaction's duration is taken from it (issue 3: "the interaction's
 * duration is taken from it") when there is no recording; with a recording, its
 * measured length fills a duration nobody entered.
 */
export function completionHook(deps: MediaDeps): (event: CompletedEvent) => void {
  const { ctx, repos, recordings, playback } = deps;
  return ({ kind, documentId: scorecardId, revision }) => {
    if (kind !== scorecardKind.kind) return;
    const scorecard = repos.scorecards.get(scorecardId);
    if (!scorecard) return;
    deps.notes.snapshot(scorecardId, revision);
    const now = ctx.now();
    const clock = playback.clock(scorecardId);
    if (clock?.runningSince) playback.saveClock(scorecardId, pauseClock(clock, now), now);
    const recording = recordings.get(scorecard.interactionId);
    const interaction = repos.interactions.get(scorecard.interactionId);
    if (!interaction) return;
    if (recording) {
      if (interaction.durationSeconds === null && recording.durationSeconds !== null) {
        repos.interactions.setDuration(interaction.id, Math.min(MAX_DURATION, Math.round(recording.durationSeconds)));
      }
      return;
    }
    const seconds = clock ? clockDurationSeconds(clock, Date.parse(now)) : 0;
    if (seconds > 0) repos.interactions.setDuration(interaction.id, Math.min(MAX_DURATION, seconds));
  };
}
