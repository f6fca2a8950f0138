/**
 * The one <audio> element of the player, outside the React tree so that key
 * commands, the waveform and the store all drive the same element and a
 * re-render never restarts playback. preload=metadata: a one-hour recording
 * is streamed by Range requests as it plays, never read whole into the page.
 */
export function createPlayerAudio(src: string, speed: number): HTMLAudioElement {
  const audio = new Audio();
  audio.preload = 'metadata';
  // Faster or slower speech keeps its pitch, so it stays intelligible.
  audio.preservesPitch = true;
  // Loading a source resets playbackRate to defaultPlaybackRate: set both, or the saved speed is lost.
  audio.defaultPlaybackRate = speed;
  audio.playbackRate = speed;
  audio.src = src;
  return audio;
}

/** Stops the element and lets the browser drop its buffers and connection. */
export function releasePlayerAudio(audio: HTMLAudioElement): void {
  audio.pause();
  audio.removeAttribute('src');
  audio.load();
}

/** What a MediaError means for the reviewer; the review can always be scored regardless. */
export function describeMediaError(error: MediaError | null): string {
  switch (error?.code) {
    case 2:
      return 'The recording stopped loading (network error).';
    case 3:
      return 'The recording could not be decoded: the file may be damaged.';
    case 4:
      return 'This recording cannot be played here: its format is not supported.';
    default:
      return 'The recording could not be played.';
  }
}
