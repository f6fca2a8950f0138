import { describeMediaError } from '../../player/audio-element';
import { formatClock } from '../../player/format-time';
import { formatSpeed, MAX_SPEED, MIN_SPEED, stepSpeed } from '../../player/speeds';
import type { AudioSession } from './audio-session';
import { clamp } from './numbers';
import { hasPlayableRecording, usesClock } from './playable';
import type { GetPlayer, PlayerState, SetPlayer } from './state';

type Transport = Pick<PlayerState, 'toggle' | 'skip' | 'seek' | 'setSpeed' | 'stepSpeed' | 'savePositionNow'>;

/** Play and pause, skips, seeks and speed, each said in the live region; the position is saved as it changes. */
export function createTransport(set: SetPlayer, get: GetPlayer, session: AudioSession, announce: (text: string) => void): Transport {
  return {
    toggle() {
      const state = get();
      if (hasPlayableRecording(state) && state.audio) {
        const audio = state.audio;
        if (audio.paused) {
          announce(`Playing from ${formatClock(state.position)}`);
          audio.play().catch((error: unknown) => {
            // A pause before play() settled aborts it: that is not a failure.
            if (error instanceof DOMException && error.name === 'AbortError') return;
            set({ audioError: describeMediaError(audio.error) });
          });
        } else {
          audio.pause();
          announce(`Paused at ${formatClock(audio.currentTime)}`);
        }
        return;
      }
      // Without a recording the same key runs the live clock.
      if (usesClock(state)) void get().toggleClock();
    },

    skip(seconds) {
      const state = get();
      if (!hasPlayableRecording(state)) {
        announce('There is no recording to skip in.');
        return;
      }
      const from = state.ready && state.audio ? state.audio.currentTime : state.position;
      get().seek(from + seconds);
    },

    seek(seconds) {
      const { audio, duration, ready } = get();
      if (!audio || !session.active()) return;
      const to = clamp(seconds, 0, duration ?? Number.POSITIVE_INFINITY);
      // Before the metadata the element cannot seek exactly; loadedmetadata applies the position instead.
      if (ready) audio.currentTime = to;
      // A seek shows where it went, even in a view the reviewer had scrolled elsewhere.
      set({ position: to, followsPlayhead: true });
      session.savePositionSoon();
      announce(formatClock(to));
    },

    setSpeed(speed) {
      const to = clamp(speed, MIN_SPEED, MAX_SPEED);
      const { audio } = get();
      if (!audio || !session.active()) {
        announce('There is no recording to change the speed of.');
        return;
      }
      audio.defaultPlaybackRate = to;
      audio.playbackRate = to;
      set({ speed: to });
      session.savePositionNow();
      announce(`Speed ${formatSpeed(to)}`);
    },

    stepSpeed(direction) {
      get().setSpeed(stepSpeed(get().speed, direction));
    },

    savePositionNow() {
      if (get().ready) session.savePositionNow();
    },
  };
}
