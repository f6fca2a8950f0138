import type { Routing } from './channel-routing';

export interface ChannelMixer {
  readonly audio: HTMLMediaElement;
  route(routing: Routing): void;
  close(): void;
}

/**
 * Routes the player's one <audio> element through Web Audio so each side of a
 * stereo call can be muted or soloed (channel-routing.ts): splitter → a gain
 * from each side to each ear → merger → speakers. Made only when the reviewer
 * first mutes or solos a side: until then the element plays as it always has.
 * Once made, the element is heard only through it, for as long as the element
 * lives (the player makes a new element for each recording).
 *
 * The element's own volume still applies before the graph, so the volume
 * control stays on the element. The recording must be same-origin (the browser
 * host's /media/ URLs) or served with CORS (Electron's callmark-media:, see
 * docs/recordings.md): otherwise Chromium feeds the graph silence.
 */
export function createChannelMixer(audio: HTMLMediaElement): ChannelMixer {
  const context = new AudioContext();
  const source = context.createMediaElementSource(audio);
  const splitter = context.createChannelSplitter(2);
  const merger = context.createChannelMerger(2);
  const gains = [0, 1].map((from) =>
    [0, 1].map((to) => {
      const gain = context.createGain();
      splitter.connect(gain, from);
      gain.connect(merger, 0, to);
      return gain;
    }),
  );
  source.connect(splitter);
  merger.connect(context.destination);
  // Made from a click or a key press, so the context may start; resumed in case the browser held it.
  void context.resume();
  return {
    audio,
    route(routing) {
      routing.forEach((row, from) => row.forEach((value, to) => gains[from]?.[to]?.gain.setValueAtTime(value, context.currentTime)));
    },
    close() {
      void context.close();
    },
  };
}
