import { create } from 'zustand';
import { ApiError } from '../../shared/api/errors';
import { shownSeconds } from '../../shared/media/clock';
import { MediaProblemDetails, type ClockView, type MediaState } from '../../shared/schemas/media';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { grantDroppedFile } from '../api/files';
import { createPlayerAudio, describeMediaError, releasePlayerAudio } from '../player/audio-element';
import { formatClock } from '../player/format-time';
import { createPositionSaver, type PositionSaver } from '../player/position-saver';
import { formatSpeed, MAX_SPEED, MIN_SPEED, stepSpeed } from '../player/speeds';

/** Enough bars for a wide waveform; an hour is then 1.8 s per bar, read by the backend without decoding in the page. */
export const PEAK_BUCKETS = 2000;

export type FileChoice = { grantId: string } | { path: string };

export type PeaksState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; peaks: number[]; duration: number }
  /** Compressed formats: the backend cannot read levels, and decoding an hour in the page would freeze it. */
  | { state: 'unavailable'; message: string | null };

interface PlayerState {
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

const initial = {
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

const finite = (n: number | null | undefined): number | null => (n !== null && n !== undefined && Number.isFinite(n) && n > 0 ? n : null);
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Whether the review has a recording the page can play right now; otherwise notes take the live clock's time. */
export function hasPlayableRecording(s: Pick<PlayerState, 'media' | 'audio' | 'audioError'>): boolean {
  return s.media?.status === 'ok' && s.audio !== null && s.audioError === null;
}

/** The clock stands in whenever there is no playable recording, so notes always carry a time. */
export function usesClock(s: Pick<PlayerState, 'media' | 'audio' | 'audioError'>): boolean {
  return s.media !== null && !hasPlayableRecording(s);
}

function problemOf(error: unknown): MediaProblemDetails | null {
  if (!(error instanceof ApiError)) return null;
  const parsed = MediaProblemDetails.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

export const usePlayer = create<PlayerState>((set, get) => {
  /** The element's listeners, its position saver and the URL it plays: replaced together. */
  let session: { audio: HTMLAudioElement; url: string; saver: PositionSaver; detach: () => void; retried: boolean } | null = null;
  let announceSeq = 0;
  let clockBusy = false;

  const now = () => ({ positionSeconds: clamp(session?.audio.currentTime ?? get().position, 0, 24 * 3600), speed: get().speed });

  const stopAudio = () => {
    if (!session) return;
    session.saver.cancel();
    session.detach();
    releasePlayerAudio(session.audio);
    session = null;
    set({ audio: null, ready: false, playing: false, audioError: null, peaks: { state: 'none' } });
  };

  /** Peaks asked for together with the media state on open, saving a round trip before the waveform appears. */
  let prefetched: { scorecardId: string; result: ReturnType<(typeof api)['media.peaks']> } | null = null;

  const fetchPeaks = (scorecardId: string) => {
    const result = api['media.peaks']({ scorecardId, buckets: PEAK_BUCKETS });
    // Not every review has peaks to give (no recording, a missing file): an unused failure is not an error.
    result.catch(() => {});
    return result;
  };

  const loadPeaks = async (scorecardId: string, url: string) => {
    set({ peaks: { state: 'loading' } });
    const current = () => get().scorecardId === scorecardId && session?.url === url;
    const early = prefetched?.scorecardId === scorecardId ? prefetched.result : null;
    prefetched = null;
    try {
      const result = await (early ?? fetchPeaks(scorecardId));
      if (!current()) return;
      const duration = finite(result.durationSeconds);
      if (result.peaks && result.peaks.length > 0 && duration) set({ peaks: { state: 'ready', peaks: result.peaks, duration } });
      else set({ peaks: { state: 'unavailable', message: result.message } });
    } catch (error) {
      if (current()) set({ peaks: { state: 'unavailable', message: errorMessage(error) } });
    }
  };

  /**
   * An element error: the URL may have expired (the backend restarted, which forgets capabilities) or the file
   * gone. Ask once for a fresh URL; if there is none, media.get says why (missing, changed) and the panel shows it.
   */
  const onAudioError = async (audio: HTMLAudioElement) => {
    const { scorecardId } = get();
    if (!session || session.audio !== audio || !scorecardId) return;
    const message = describeMediaError(audio.error);
    const giveUp = () => {
      if (session?.audio === audio) set({ audioError: message, playing: false });
    };
    if (session.retried) {
      giveUp();
      return;
    }
    session.retried = true;
    try {
      const source = await api['media.playbackUrl']({ scorecardId });
      if (!session || session.audio !== audio) return;
      if (source.url === session.url) {
        giveUp();
        return;
      }
      const at = get().position;
      session.url = source.url;
      audio.src = source.url;
      if (at > 0) audio.currentTime = at;
    } catch {
      try {
        const media = await api['media.get']({ scorecardId });
        if (session?.audio !== audio) return;
        if (media.status !== 'ok') apply(media);
        else giveUp();
      } catch {
        giveUp();
      }
    }
  };

  const startAudio = (media: MediaState, source: NonNullable<MediaState['source']>) => {
    const keepPosition = session !== null;
    const resumeAt = keepPosition ? get().position : media.playback.positionSeconds;
    const speed = keepPosition ? get().speed : media.playback.speed;
    stopAudio();
    const scorecardId = media.scorecardId;
    const audio = createPlayerAudio(source.url, speed);
    const saver = createPositionSaver((p) => api['media.savePlayback']({ scorecardId, ...p }));
    const on = <K extends keyof HTMLMediaElementEventMap>(type: K, listener: () => void) => {
      audio.addEventListener(type, listener);
      return () => audio.removeEventListener(type, listener);
    };
    const offs = [
      on('loadedmetadata', () => {
        const duration = finite(audio.duration) ?? get().duration;
        // Where the reviewer stopped last time, or where they skipped to before the metadata arrived.
        const target = get().position;
        if (target > 0) audio.currentTime = duration ? Math.min(target, duration) : target;
        set({ ready: true, duration });
      }),
      on('durationchange', () => {
        const duration = finite(audio.duration);
        if (duration) set({ duration });
      }),
      on('timeupdate', () => {
        if (!get().ready) return;
        set({ position: audio.currentTime });
        if (!audio.paused) saver.tick(now());
      }),
      on('play', () => set({ playing: true })),
      on('pause', () => {
        set({ playing: false, position: audio.currentTime });
        saver.now(now());
      }),
      on('ratechange', () => set({ speed: audio.playbackRate })),
      on('error', () => void onAudioError(audio)),
    ];
    session = { audio, url: source.url, saver, detach: () => offs.forEach((off) => off()), retried: false };
    set({
      audio,
      ready: false,
      playing: false,
      audioError: null,
      position: resumeAt,
      speed,
      duration: finite(source.durationSeconds) ?? finite(media.recording?.durationSeconds),
    });
    void loadPeaks(scorecardId, source.url);
  };

  const apply = (media: MediaState) => {
    set({ media, clock: media.clock });
    if (media.status === 'ok' && media.source) {
      // The same capability URL: the element keeps playing where it is.
      if (session?.url === media.source.url) return;
      startAudio(media, media.source);
    } else {
      stopAudio();
    }
  };

  const announce = (text: string) => {
    announceSeq += 1;
    set({ announcement: { text, seq: announceSeq } });
  };

  /** Runs a file action (attach, locate, detach) with one busy flag and its failure shown in the panel. */
  const fileAction = async (work: (scorecardId: string) => Promise<MediaState>, done: (media: MediaState) => string) => {
    const { scorecardId, busy } = get();
    if (!scorecardId || busy) return;
    set({ busy: true, error: null });
    try {
      const media = await work(scorecardId);
      if (get().scorecardId !== scorecardId) return;
      apply(media);
      announce(done(media));
    } catch (error) {
      if (get().scorecardId === scorecardId) set({ error: errorMessage(error) });
    } finally {
      if (get().scorecardId === scorecardId) set({ busy: false });
    }
  };

  const attachedText = (media: MediaState) =>
    media.recording ? `Recording attached: ${media.recording.fileName} (${media.recording.formatLabel}).` : 'Recording attached.';

  return {
    ...initial,

    async load(scorecardId) {
      stopAudio();
      set({ ...initial, scorecardId });
      prefetched = { scorecardId, result: fetchPeaks(scorecardId) };
      try {
        const media = await api['media.get']({ scorecardId });
        if (get().scorecardId === scorecardId) apply(media);
      } catch (error) {
        if (get().scorecardId === scorecardId) set({ loadError: errorMessage(error) });
      } finally {
        // Only for this first state: a recording attached later has other peaks.
        if (prefetched?.scorecardId === scorecardId) prefetched = null;
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
      stopAudio();
      set(initial);
    },

    attach: (choice) => fileAction((scorecardId) => api['media.attach']({ scorecardId, ...choice }), attachedText),

    async relink(choice, acceptChanged = false) {
      const { scorecardId, busy } = get();
      if (!scorecardId || busy) return;
      set({ busy: true, error: null, changedFile: null });
      try {
        const media = await api['media.relink']({ scorecardId, ...choice, acceptChanged });
        if (get().scorecardId !== scorecardId) return;
        apply(media);
        announce(media.recording ? `Recording found: ${media.recording.fileName}.` : 'Recording found.');
      } catch (error) {
        if (get().scorecardId !== scorecardId) return;
        // A different file at the new place: say so and let the reviewer decide, never swap recordings silently.
        if (problemOf(error)?.problem === 'changed' && !acceptChanged) set({ changedFile: { choice, message: errorMessage(error) } });
        else set({ error: errorMessage(error) });
      } finally {
        if (get().scorecardId === scorecardId) set({ busy: false });
      }
    },

    async chooseFile(intent) {
      set({ error: null });
      try {
        const { grant } = await api['media.chooseFile']({});
        if (!grant) return;
        if (intent === 'locate') await get().relink({ grantId: grant.grantId });
        else await get().attach({ grantId: grant.grantId });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async dropFile(file) {
      const { media } = get();
      if (!media || media.readOnly) {
        if (media?.readOnly) announce('This review is completed: its recording cannot be changed.');
        return;
      }
      try {
        const grant = await grantDroppedFile(file);
        if (!grant) {
          set({ error: 'The browser host cannot read a dropped file’s location: attach it with “Attach from path” instead.' });
          return;
        }
        const locate = media.status === 'missing' || media.status === 'changed';
        if (locate) await get().relink({ grantId: grant.grantId });
        // A stray drop must not swap the recording a review was scored against.
        else if (media.recording) set({ error: 'This review already has a recording: detach it first to attach another.' });
        else await get().attach({ grantId: grant.grantId });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    async confirmChanged() {
      const changed = get().changedFile;
      if (changed) await get().relink(changed.choice, true);
    },

    cancelChanged() {
      set({ changedFile: null });
    },

    detach: () => fileAction((scorecardId) => api['media.detach']({ scorecardId }), () => 'Recording detached. The review keeps its answers and notes.'),

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
      if (!audio || !session) return;
      const to = clamp(seconds, 0, duration ?? Number.POSITIVE_INFINITY);
      // Before the metadata the element cannot seek exactly; loadedmetadata applies the position instead.
      if (ready) audio.currentTime = to;
      set({ position: to });
      session.saver.soon(now());
      announce(formatClock(to));
    },

    setSpeed(speed) {
      const to = clamp(speed, MIN_SPEED, MAX_SPEED);
      const { audio } = get();
      if (!audio || !session) {
        announce('There is no recording to change the speed of.');
        return;
      }
      audio.defaultPlaybackRate = to;
      audio.playbackRate = to;
      set({ speed: to });
      session.saver.now(now());
      announce(`Speed ${formatSpeed(to)}`);
    },

    stepSpeed(direction) {
      get().setSpeed(stepSpeed(get().speed, direction));
    },

    async toggleClock() {
      const { scorecardId, media, clock } = get();
      if (!scorecardId || !media || clockBusy) return;
      if (media.readOnly) {
        announce('This review is completed: its clock is stopped.');
        return;
      }
      clockBusy = true;
      try {
        const running = clock?.running ?? false;
        const view = await api[running ? 'media.clock.pause' : 'media.clock.start']({ scorecardId });
        if (get().scorecardId !== scorecardId) return;
        set({ clock: view, error: null });
        announce(`${running ? 'Clock paused at' : 'Clock running from'} ${formatClock(view.elapsedSeconds)}`);
      } catch (error) {
        if (get().scorecardId === scorecardId) set({ error: `The clock did not change: ${errorMessage(error)}` });
      } finally {
        clockBusy = false;
      }
    },

    noteTime() {
      const state = get();
      if (hasPlayableRecording(state) && state.audio) return state.ready ? state.audio.currentTime : state.position;
      if (state.clock) return shownSeconds(state.clock, Date.now());
      return 0;
    },

    announce,

    savePositionNow() {
      if (session && get().ready) session.saver.now(now());
    },
  };
});
