import { create } from 'zustand';
import { createAnnouncer } from './player/announcer';
import { createAudioSession } from './player/audio-session';
import { createChannels } from './player/channels';
import { createClock } from './player/clock';
import { createFileActions } from './player/file-actions';
import { createMediaSource } from './player/media-source';
import { createPeaksLoader } from './player/peaks';
import { initialPlayerState, type PlayerState } from './player/state';
import { createTransport } from './player/transport';
import { createView } from './player/view';

export { hasPlayableRecording, usesClock } from './player/playable';

/**
 * The player of the open review, one store for the panel, the keys and the
 * notes: its parts, each in ./player/, share the store and talk through it.
 */
export const usePlayer = create<PlayerState>((set, get, store) => {
  const announce = createAnnouncer(set);
  // The element reports a missing or changed file through the media state, which the source shows.
  const audio = createAudioSession(set, get, (media) => source.apply(media));
  const peaks = createPeaksLoader(set, get, audio.url);
  const source = createMediaSource(set, get, audio, peaks);
  const view = createView(set, get, announce);
  const channels = createChannels(set, get, announce);
  store.subscribe((now, before) => {
    if (now.audio !== before.audio) channels.audioChanged();
    if (now.position !== before.position) view.follow();
  });
  return {
    ...initialPlayerState,
    ...source.actions,
    ...createFileActions(set, get, source.apply, announce),
    ...createTransport(set, get, audio, announce),
    ...createClock(set, get, announce),
    ...view.actions,
    ...channels.actions,
    wantDetail: peaks.wantDetail,
    announce,
  };
});
