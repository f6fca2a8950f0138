import type { ApiHandlers } from '../../../shared/api';
import { pauseClock, startClock, STOPPED_CLOCK, type ClockState } from '../../../shared/media/clock';
import { requireDraft, requireScorecard } from '../reviews/load';
import type { MediaDeps } from './deps';
import { clockView } from './media-state';

type Methods = 'media.clock.start' | 'media.clock.pause' | 'media.clock.get' | 'media.savePlayback';

/** The live-review clock and the player's saved position: small, frequent writes. */
export function clockHandlers(deps: MediaDeps): Pick<ApiHandlers, Methods> {
  const { ctx, repos, playback } = deps;

  const change = (scorecardId: string, step: (state: ClockState, now: string) => ClockState) =>
    ctx.db.transaction(() => {
      requireDraft(repos, scorecardId);
      const now = ctx.now();
      const next = step(playback.clock(scorecardId) ?? STOPPED_CLOCK, now);
      playback.saveClock(scorecardId, next, now);
      return clockView(next, now);
    })();

  return {
    'media.clock.start': ({ scorecardId }) => change(scorecardId, startClock),
    'media.clock.pause': ({ scorecardId }) => change(scorecardId, pauseClock),
    'media.clock.get': ({ scorecardId }) => {
      requireScorecard(repos, scorecardId);
      return clockView(playback.clock(scorecardId), ctx.now());
    },

    // Where the reviewer stopped is not part of the scorecard: it saves on completed scorecards too.
    'media.savePlayback': ({ scorecardId, positionSeconds, speed }) => {
      requireScorecard(repos, scorecardId);
      const state = { positionSeconds, speed, updatedAt: ctx.now() };
      playback.savePosition(scorecardId, state);
      return state;
    },
  };
}
