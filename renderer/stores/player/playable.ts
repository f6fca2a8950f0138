import type { PlayerState } from './state';

type Source = Pick<PlayerState, 'media' | 'audio' | 'audioError'>;

/** Whether the review has a recording the page can play right now; otherwise notes take the live clock's time. */
export function hasPlayableRecording(s: Source): boolean {
  return s.media?.status === 'ok' && s.audio !== null && s.audioError === null;
}

/** The clock stands in whenever there is no playable recording, so notes always carry a time. */
export function usesClock(s: Source): boolean {
  return s.media !== null && !hasPlayableRecording(s);
}
