import { MAX_MEDIA_SECONDS } from '../schemas/media';

/**
 * The live-review clock (issue 3 item 3): a review with no recording still gives
 * its notes a time. Only two facts are stored — time banked while paused runs,
 * and the moment the current run started — so the clock needs no ticking writes
 * and survives a restart or a crash: after a crash a running clock has simply
 * kept running, as the call it times did.
 */
export interface ClockState {
  /** Milliseconds banked by runs that have ended. */
  accumulatedMs: number;
  /** ISO time the current run started; null while paused. */
  runningSince: string | null;
}

export const STOPPED_CLOCK: ClockState = { accumulatedMs: 0, runningSince: null };

/** A clock left running stops at the latest time a note or position may carry, so it never gives one the API refuses. */
const MAX_ELAPSED_MS = MAX_MEDIA_SECONDS * 1000;

/** Elapsed time at `nowMs`, at most seven days. A wall clock set backwards never makes the clock run backwards. */
export function elapsedMs(state: ClockState, nowMs: number): number {
  if (state.runningSince === null) return Math.min(MAX_ELAPSED_MS, state.accumulatedMs);
  const since = Date.parse(state.runningSince);
  if (Number.isNaN(since)) return Math.min(MAX_ELAPSED_MS, state.accumulatedMs);
  return Math.min(MAX_ELAPSED_MS, state.accumulatedMs + Math.max(0, nowMs - since));
}

/** Starting a running clock changes nothing (a double key press must not reset the run). */
export function startClock(state: ClockState, now: string): ClockState {
  return state.runningSince === null ? { accumulatedMs: state.accumulatedMs, runningSince: now } : state;
}

/** Pausing banks the current run; pausing a paused clock changes nothing. */
export function pauseClock(state: ClockState, now: string): ClockState {
  if (state.runningSince === null) return state;
  return { accumulatedMs: elapsedMs(state, Date.parse(now)), runningSince: null };
}

/** Whole seconds for an interaction's duration, rounded to the nearest second. */
export function clockDurationSeconds(state: ClockState, nowMs: number): number {
  return Math.round(elapsedMs(state, nowMs) / 1000);
}

/** What the page shows between fetches: the backend's reading plus the time since it was taken, if running. */
export function shownSeconds(view: { running: boolean; elapsedSeconds: number; at: string }, nowMs: number): number {
  if (!view.running) return view.elapsedSeconds;
  const at = Date.parse(view.at);
  return Math.min(MAX_MEDIA_SECONDS, view.elapsedSeconds + (Number.isNaN(at) ? 0 : Math.max(0, nowMs - at) / 1000));
}
