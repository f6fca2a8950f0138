import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import type { AgentChannelStore } from './agent-channel-store';
import type { Capabilities } from './capabilities';
import type { DecodeCache } from './decode-cache';
import type { NotesStore } from './notes-store';
import type { PeaksCache } from './peaks';
import type { PlaybackStore } from './playback-store';
import type { RecordingsStore } from './recordings-store';

/** What the media handlers share: the core backend plus this module's stores, cache and capabilities. */
export interface MediaDeps {
  ctx: ServiceContext;
  repos: Repositories;
  recordings: RecordingsStore;
  notes: NotesStore;
  playback: PlaybackStore;
  cache: DecodeCache;
  peaks: PeaksCache;
  agentChannels: AgentChannelStore;
  capabilities: Capabilities;
  /** Prefix of playback URLs: "/media/" on the browser host, "callmark-media://recording/" in Electron. */
  urlBase: string;
}
