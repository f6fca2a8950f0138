import type { StoreApi } from 'zustand';
import type { AgentChannel, ClockView, MediaState } from '../../../shared/schemas/media';
import { NO_SWITCHES, type ChannelSwitches, type Side } from '../../player/channels/channel-routing';
import type { PeakRun } from '../../player/waveform/peak-columns';
import type { ViewWindow } from '../../player/waveform/view-window';

export type FileChoice = { grantId: string } | { path: string };

/** The waveform's peaks: the whole recording, per channel, at overview detail (2000 values). */
export interface PeaksReady {
  state: 'ready';
  duration: number;
  channelCount: number;
  overview: PeakRun;
  /** The finest detail the backend keeps: zooming further shows nothing new. */
  finestSeconds: number;
  /** The loudest value of the recording: the drawing scales to it. */
  loudest: number;
}

export type PeaksState =
  | { state: 'none' }
  | { state: 'loading' }
  | PeaksReady
  /** The backend cannot (or may not: AAC) read this format's levels, and decoding an hour in the page would freeze it. */
  | { state: 'unavailable'; message: string | null };

/** The player store: what the panel shows, and every action its controls and keys take. */
export interface PlayerState {
  scorecardId: string | null;
  media: MediaState | null;
  loadError: string | null;
  /** Why the last attach, locate, detach or clock change failed. */
  error: string | null;
  /** A located file whose content differs from the attached one: used only once the reviewer confirms. */
  changedFile: { choice: FileChoice; message: string } | null;
  busy: boolean;
  audio: HTMLAudioElement | null;
  /** The element could not play the source it was given. */
  audioError: string | null;
  /** Metadata loaded: seeking is exact from here on. */
  ready: boolean;
  playing: boolean;
  position: number;
  duration: number | null;
  speed: number;
  peaks: PeaksState;
  /** The zoomed view's own peaks, asked for at its width; null until they come (the overview stands in). */
  detail: PeakRun | null;
  /** What the waveform shows; null: the whole recording. */
  view: ViewWindow | null;
  /** The view moves with the playhead, until the reviewer scrolls it elsewhere. */
  followsPlayhead: boolean;
  /** The "Go to time" field is open. */
  goToOpen: boolean;
  /** Mute and solo per side of a stereo recording. */
  switches: ChannelSwitches;
  /** 0..1, the element's volume; kept for the next recording. */
  volume: number;
  clock: ClockView | null;
  /** The latest thing to say in the player's live region; seq makes a repeat announce again. */
  announcement: { text: string; seq: number } | null;

  load(scorecardId: string): Promise<void>;
  /** Reads the media state again (after completing or revising), keeping playback if the source is the same. */
  refresh(): Promise<void>;
  close(): void;
  attach(choice: FileChoice): Promise<void>;
  relink(choice: FileChoice, acceptChanged?: boolean): Promise<void>;
  /** Desktop app: the native open dialog, then attach (or locate a missing file). */
  chooseFile(intent: 'attach' | 'locate'): Promise<void>;
  /** Desktop app: a file dropped on the scoring screen. */
  dropFile(file: File): Promise<void>;
  confirmChanged(): Promise<void>;
  cancelChanged(): void;
  detach(): Promise<void>;
  toggle(): void;
  skip(seconds: number): void;
  seek(seconds: number): void;
  setSpeed(speed: number): void;
  stepSpeed(direction: -1 | 1): void;
  /** Zoom in (positive steps) or out, keeping `anchor` (default: the playhead) in place. */
  zoom(steps: number, anchor?: number): void;
  /** The reviewer scrolled the view (overview strip, wheel): it stops following the playhead. */
  scrollView(from: number): void;
  setGoToOpen(open: boolean): void;
  /** Asks for the peaks of the view at its width; answers that arrive late for an older view are dropped. */
  wantDetail(columns: number): void;
  toggleMute(side: Side): void;
  toggleSolo(side: Side): void;
  setVolume(volume: number): void;
  /** Which side of a stereo recording is the agent: remembered for the recording by the backend. */
  setAgentChannel(agentChannel: AgentChannel): Promise<void>;
  toggleClock(): Promise<void>;
  /** The time a note dropped now carries: the playback position, else the live clock. */
  noteTime(): number;
  announce(text: string): void;
  /** Leaving or hiding the page: write the position now. */
  savePositionNow(): void;
}

export type SetPlayer = StoreApi<PlayerState>['setState'];
export type GetPlayer = StoreApi<PlayerState>['getState'];

/** No review open: what the store starts from and returns to on close. */
export const initialPlayerState = {
  scorecardId: null,
  media: null,
  loadError: null,
  error: null,
  changedFile: null,
  busy: false,
  audio: null,
  audioError: null,
  ready: false,
  playing: false,
  position: 0,
  duration: null,
  speed: 1,
  peaks: { state: 'none' } as PeaksState,
  detail: null,
  view: null,
  followsPlayhead: true,
  goToOpen: false,
  switches: NO_SWITCHES,
  volume: 1,
  clock: null,
  announcement: null,
};
