import { describe, expect, it } from 'vitest';
import { clockDurationSeconds, elapsedMs, pauseClock, shownSeconds, startClock, STOPPED_CLOCK } from '../../../shared/media/clock';
import { MAX_MEDIA_SECONDS } from '../../../shared/schemas/media';

const t = (s: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + s * 1000).toISOString();
const ms = (s: number) => Date.parse(t(s));

describe('live review clock', () => {
  it('runs from start: elapsed = accumulated + (now − since)', () => {
    const running = startClock(STOPPED_CLOCK, t(0));
    expect(elapsedMs(running, ms(0))).toBe(0);
    expect(elapsedMs(running, ms(90))).toBe(90_000);
  });

  it('banks time on pause and resumes from it', () => {
    let clock = startClock(STOPPED_CLOCK, t(0));
    clock = pauseClock(clock, t(60));
    expect(clock).toEqual({ accumulatedMs: 60_000, runningSince: null });
    expect(elapsedMs(clock, ms(500))).toBe(60_000); // paused: time does not move
    clock = startClock(clock, t(100));
    expect(elapsedMs(clock, ms(130))).toBe(90_000);
  });

  it('ignores a second start (a double key press) and a second pause', () => {
    const running = startClock(STOPPED_CLOCK, t(0));
    expect(startClock(running, t(50))).toBe(running);
    const paused = pauseClock(running, t(10));
    expect(pauseClock(paused, t(20))).toBe(paused);
  });

  it('keeps running across a restart: the stored state is all it needs', () => {
    const stored = JSON.parse(JSON.stringify(startClock({ accumulatedMs: 30_000, runningSince: null }, t(0))));
    expect(elapsedMs(stored, ms(45))).toBe(75_000);
  });

  it('never runs backwards when the wall clock is set back', () => {
    const running = startClock({ accumulatedMs: 5000, runningSince: null }, t(100));
    expect(elapsedMs(running, ms(40))).toBe(5000);
  });

  it('rounds to whole seconds for the interaction duration', () => {
    expect(clockDurationSeconds({ accumulatedMs: 61_499, runningSince: null }, 0)).toBe(61);
    expect(clockDurationSeconds({ accumulatedMs: 61_500, runningSince: null }, 0)).toBe(62);
  });

  it('stops at the seven-day cap, so every time it gives is one the API accepts', () => {
    const running = startClock({ accumulatedMs: 0, runningSince: null }, t(0));
    expect(elapsedMs(running, ms(MAX_MEDIA_SECONDS + 3600))).toBe(MAX_MEDIA_SECONDS * 1000);
    expect(pauseClock(running, t(MAX_MEDIA_SECONDS + 60)).accumulatedMs).toBe(MAX_MEDIA_SECONDS * 1000);
    expect(shownSeconds({ running: true, elapsedSeconds: MAX_MEDIA_SECONDS - 1, at: t(0) }, ms(10))).toBe(MAX_MEDIA_SECONDS);
  });

  it('lets the page extrapolate between fetches only while running', () => {
    expect(shownSeconds({ running: true, elapsedSeconds: 10, at: t(0) }, ms(2.5))).toBe(12.5);
    expect(shownSeconds({ running: false, elapsedSeconds: 10, at: t(0) }, ms(2.5))).toBe(10);
  });
});
