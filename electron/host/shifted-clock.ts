import fs from 'node:fs';

/**
 * The browser host's clock, moved on by end-to-end tests: when
 * CALLMARK_CLOCK_SHIFT_FILE names a file, the backend's time is the wall
 * clock plus the milliseconds written in it (read at every tick, so a test
 * moves "next month" without restarting the host it is walking through).
 * Without the variable, the wall clock, as in every real use.
 */
export function shiftedClock(env: NodeJS.ProcessEnv): (() => Date) | undefined {
  const file = env.CALLMARK_CLOCK_SHIFT_FILE;
  if (!file) return undefined;
  return () => {
    let shift = 0;
    try {
      shift = Number(fs.readFileSync(file, 'utf8').trim()) || 0;
    } catch {
      // No file yet: not moved.
    }
    return new Date(Date.now() + shift);
  };
}
