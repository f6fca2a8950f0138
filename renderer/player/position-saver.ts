import type { Timers } from '../stores/save-queue';

/** While playing, the position is written this often: a crash loses at most this much of "where was I". */
export const SAVE_WHILE_PLAYING_MS = 3000;
/** Skips and clicks come in bursts; one write after the burst is enough. */
export const SAVE_AFTER_SEEK_MS = 500;

export interface Position {
  positionSeconds: number;
  speed: number;
}

export interface PositionSaver {
  /** Playing: saves if the last save is SAVE_WHILE_PLAYING_MS old. */
  tick(position: Position): void;
  /** Pause, speed change, leaving: saves now. */
  now(position: Position): void;
  /** A seek: saves once the burst of seeks is over. */
  soon(position: Position): void;
  /** Cancels a pending save (the recording went away). */
  cancel(): void;
}

const defaultTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Throttles media.savePlayback. The position is not part of the scorecard and
 * each write is small, but a write four times a second (timeupdate) for an
 * hour would be pointless load on the database. A failed write is simply
 * retried by the next one; an unchanged position is not written again.
 */
export function createPositionSaver(
  save: (position: Position) => Promise<unknown>,
  clock: () => number = () => Date.now(),
  timers: Timers = defaultTimers,
): PositionSaver {
  let lastSavedAt = Number.NEGATIVE_INFINITY;
  let lastSaved: Position | null = null;
  let timer: unknown = null;

  const same = (a: Position | null, b: Position) =>
    a !== null && Math.abs(a.positionSeconds - b.positionSeconds) < 0.05 && a.speed === b.speed;

  const write = (position: Position) => {
    if (timer !== null) {
      timers.clear(timer);
      timer = null;
    }
    lastSavedAt = clock();
    if (same(lastSaved, position)) return;
    const previous = lastSaved;
    lastSaved = position;
    save(position).catch(() => {
      // Not saved: let the next tick or pause try again.
      if (lastSaved === position) lastSaved = previous;
    });
  };

  return {
    tick(position) {
      if (clock() - lastSavedAt >= SAVE_WHILE_PLAYING_MS) write(position);
    },
    now: write,
    soon(position) {
      if (timer !== null) timers.clear(timer);
      timer = timers.set(() => {
        timer = null;
        write(position);
      }, SAVE_AFTER_SEEK_MS);
    },
    cancel() {
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
}
