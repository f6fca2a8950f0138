import type { MediaState } from '../../../shared/schemas/media';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { AudioSession } from './audio-session';
import type { PeaksLoader } from './peaks';
import { initialPlayerState, type GetPlayer, type PlayerState, type SetPlayer } from './state';

export interface MediaSource {
  /** Shows a media state from the backend: plays its source, or stops when it has none (detached, missing, changed). */
  apply(media: MediaState): void;
  actions: Pick<PlayerState, 'load' | 'refresh' | 'close'>;
}

/** Which review the player is open on, and what the backend says about its recording. */
export function createMediaSource(set: SetPlayer, get: GetPlayer, audio: AudioSession, peaks: PeaksLoader): MediaSource {
  const apply = (media: MediaState) => {
    set({ media, clock: media.clock });
    if (media.status === 'ok' && media.source) {
      // The same capability URL: the element keeps playing where it is.
      if (audio.url() === media.source.url) return;
      audio.start(media, media.source);
      void peaks.load(media.scorecardId, media.source.url);
    } else {
      audio.stop();
    }
  };

  return {
    apply,
    actions: {
      async load(scorecardId) {
        audio.stop();
        set({ ...initialPlayerState, scorecardId });
        peaks.prefetch(scorecardId);
        try {
          const media = await api['media.get']({ scorecardId });
          if (get().scorecardId === scorecardId) apply(media);
        } catch (error) {
          if (get().scorecardId === scorecardId) set({ loadError: errorMessage(error) });
        } finally {
          peaks.forgetPrefetched(scorecardId);
        }
      },

      async refresh() {
        const { scorecardId } = get();
        if (!scorecardId) return;
        try {
          const media = await api['media.get']({ scorecardId });
          if (get().scorecardId === scorecardId) apply(media);
        } catch (error) {
          if (get().scorecardId === scorecardId) set({ error: errorMessage(error) });
        }
      },

      close() {
        get().savePositionNow();
        audio.stop();
        set(initialPlayerState);
      },
    },
  };
}
