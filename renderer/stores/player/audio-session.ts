import { MAX_MEDIA_SECONDS, type MediaState } from '../../../shared/schemas/media';
import { api } from '../../api/client';
import { createPlayerAudio, describeMediaError, releasePlayerAudio } from '../../player/audio-element';
import { createPositionSaver, type PositionSaver } from '../../player/position-saver';
import { clamp, finite } from './numbers';
import type { GetPlayer, SetPlayer } from './state';

export interface AudioSession {
  /**
   * Plays `source` in a new element. Replacing one (a fresh URL for the same
   * review) keeps the position and speed; a first one starts where the review's
   * playback was saved.
   */
  start(media: MediaState, source: NonNullable<MediaState['source']>): void;
  /** Stops and releases the element, if there is one. */
  stop(): void;
  /** Whether there is an element. */
  active(): boolean;
  /** The URL the element plays, or null without one. */
  url(): string | null;
  /** Pause, speed change, leaving: saves the position now. */
  savePositionNow(): void;
  /** A seek: saves once the burst of seeks is over. */
  savePositionSoon(): void;
}

/**
 * The one <audio> element, with its listeners, its position saver and the URL
 * it plays: replaced together. `onMediaState` takes a media state read after
 * the element failed (the file went missing or changed).
 */
export function createAudioSession(set: SetPlayer, get: GetPlayer, onMediaState: (media: MediaState) => void): AudioSession {
  let session: { audio: HTMLAudioElement; url: string; saver: PositionSaver; detach: () => void; retried: boolean } | null = null;

  const now = () => ({ positionSeconds: clamp(session?.audio.currentTime ?? get().position, 0, MAX_MEDIA_SECONDS), speed: get().speed });

  const stop = () => {
    if (!session) return;
    session.saver.cancel();
    session.detach();
    releasePlayerAudio(session.audio);
    session = null;
    set({ audio: null, ready: false, playing: false, audioError: null, peaks: { state: 'none' }, detail: null, view: null });
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
        if (media.status !== 'ok') onMediaState(media);
        else giveUp();
      } catch {
        giveUp();
      }
    }
  };

  const start = (media: MediaState, source: NonNullable<MediaState['source']>) => {
    const keepPosition = session !== null;
    const resumeAt = keepPosition ? get().position : media.playback.positionSeconds;
    const speed = keepPosition ? get().speed : media.playback.speed;
    stop();
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
  };

  return {
    start,
    stop,
    active: () => session !== null,
    url: () => session?.url ?? null,
    savePositionNow: () => session?.saver.now(now()),
    savePositionSoon: () => session?.saver.soon(now()),
  };
}
