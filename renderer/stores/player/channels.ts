import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { createChannelMixer, type ChannelMixer } from '../../player/channels/channel-mixer';
import { readableByWebAudio } from '../../player/channels/cross-origin';
import { audible, isPlainRouting, NO_SWITCHES, routingOf, toggled, type ChannelSwitches } from '../../player/channels/channel-routing';
import { laneNames } from '../../player/channels/lane-names';
import { clamp } from './numbers';
import type { GetPlayer, PlayerState, SetPlayer } from './state';

type ChannelActions = Pick<PlayerState, 'toggleMute' | 'toggleSolo' | 'setVolume' | 'setAgentChannel'>;

const VOLUME_KEY = 'callmark.player.volume';

/** The volume last chosen on this machine: a preference, not part of any review. */
function storedVolume(): number {
  const value = Number(globalThis.localStorage?.getItem(VOLUME_KEY) ?? '1');
  return Number.isFinite(value) ? clamp(value, 0, 1) : 1;
}

/**
 * Both sides of a stereo call (issue 13 item 3): mute and solo per side through
 * the Web Audio mixer (made only once a side is switched), the volume on the
 * element itself, and which side is the agent, stored with the recording.
 * `audioChanged` runs when the player gets a new element (another recording):
 * the switches start afresh and the old element's mixer goes with it.
 */
export function createChannels(set: SetPlayer, get: GetPlayer, announce: (text: string) => void): { actions: ChannelActions; audioChanged(): void } {
  let mixer: ChannelMixer | null = null;

  /** Whether the mixer can hear the element: decided once per element (cross-origin sources need CORS). */
  let readable: { audio: HTMLAudioElement; ok: Promise<boolean> } | null = null;

  const apply = async (switches: ChannelSwitches): Promise<boolean> => {
    const { audio } = get();
    set({ switches });
    if (!audio) return true;
    if (!mixer && isPlainRouting(switches)) return true;
    if (mixer?.audio !== audio) {
      if (readable?.audio !== audio) readable = { audio, ok: readableByWebAudio(audio) };
      if (!(await readable.ok)) {
        set({ switches: NO_SWITCHES });
        announce('Muting one side is not possible with this recording’s source; both sides play.');
        return false;
      }
      if (get().audio !== audio) return false;
      mixer?.close();
      mixer = createChannelMixer(audio);
    }
    mixer.route(routingOf(get().switches));
    return true;
  };

  const say = (switches: ChannelSwitches) => {
    const { peaks, media } = get();
    const names = laneNames(peaks.state === 'ready' ? peaks.channelCount : 2, media?.agentChannel ?? 'unknown');
    const heard = names.filter((_, side) => audible(switches)[side]);
    announce(heard.length === 2 ? 'Both sides heard' : heard.length === 1 ? `Only ${heard[0]} heard` : 'Both sides muted');
  };

  return {
    actions: {
      toggleMute(side) {
        const switches = toggled(get().switches, 'muted', side);
        void apply(switches).then((done) => done && say(switches));
      },

      toggleSolo(side) {
        const switches = toggled(get().switches, 'solo', side);
        void apply(switches).then((done) => done && say(switches));
      },

      setVolume(volume) {
        const to = clamp(volume, 0, 1);
        const { audio } = get();
        if (audio) audio.volume = to;
        set({ volume: to });
        globalThis.localStorage?.setItem(VOLUME_KEY, String(to));
      },

      async setAgentChannel(agentChannel) {
        const { scorecardId } = get();
        if (!scorecardId) return;
        try {
          const media = await api['media.setAgentChannel']({ scorecardId, agentChannel });
          if (get().scorecardId !== scorecardId) return;
          set({ media, error: null });
          announce(agentChannel === 'unknown' ? 'Agent’s side not set' : `The agent is on the ${agentChannel}`);
        } catch (error) {
          if (get().scorecardId === scorecardId) set({ error: errorMessage(error) });
        }
      },
    },

    audioChanged() {
      const { audio } = get();
      if (mixer && mixer.audio !== audio) {
        mixer.close();
        mixer = null;
      }
      if (readable && readable.audio !== audio) readable = null;
      const volume = storedVolume();
      if (audio) audio.volume = volume;
      set({ switches: NO_SWITCHES, volume });
    },
  };
}
