import { shownSeconds } from '../../../shared/media/clock';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { formatClock } from '../../player/format-time';
import { hasPlayableRecording } from './playable';
import type { GetPlayer, PlayerState, SetPlayer } from './state';

type Clock = Pick<PlayerState, 'toggleClock' | 'noteTime'>;

/** The live clock that stands in for a recording, and the time a note takes from either. */
export function createClock(set: SetPlayer, get: GetPlayer, announce: (text: string) => void): Clock {
  // One start or pause at a time: a press before the last one is answered would read the old state and ask the same again.
  let busy = false;
  return {
    async toggleClock() {
      const { scorecardId, media, clock } = get();
      if (!scorecardId || !media || busy) return;
      if (media.readOnly) {
        announce('This review is completed: its clock is stopped.');
        return;
      }
      busy = true;
      try {
        const running = clock?.running ?? false;
        const view = await api[running ? 'media.clock.pause' : 'media.clock.start']({ scorecardId });
        if (get().scorecardId !== scorecardId) return;
        set({ clock: view, error: null });
        announce(`${running ? 'Clock paused at' : 'Clock running from'} ${formatClock(view.elapsedSeconds)}`);
      } catch (error) {
        if (get().scorecardId === scorecardId) set({ error: `The clock did not change: ${errorMessage(error)}` });
      } finally {
        busy = false;
      }
    },

    noteTime() {
      const state = get();
      if (hasPlayableRecording(state) && state.audio) return state.ready ? state.audio.currentTime : state.position;
      if (state.clock) return shownSeconds(state.clock, Date.now());
      return 0;
    },
  };
}
