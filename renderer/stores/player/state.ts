import type { StoreApi } from 'zustand';
import type { ClockView, MediaState } from '../../../shared/schemas/media';

export type FileChoice = { grantId: string } | { path: string };

export type PeaksState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; peaks: number[]; duration: number }
  /** Compressed formats: the backend cannot read levels, and decoding an hour in the page would freeze it. */
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
  clock: null,
  announcement: null,
};
