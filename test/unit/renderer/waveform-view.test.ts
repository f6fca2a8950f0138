import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { audible, isPlainRouting, NO_SWITCHES, routingOf, toggled } from '../../../renderer/player/channels/channel-routing';
import { laneNames } from '../../../renderer/player/channels/lane-names';
import { parseClock } from '../../../renderer/player/format-time';
import { columnsOf, covers, mixChannels } from '../../../renderer/player/waveform/peak-columns';
import { followPosition, fractionOf, panView, timeAt, viewSeconds, zoomView } from '../../../renderer/player/waveform/view-window';

const HOUR = 3600;

describe('the view of a long call', () => {
  it('zooms in steps of two around the anchor, which stays where it was on screen', () => {
    const whole = { from: 0, to: HOUR };
    const once = zoomView(whole, 1, 900, HOUR, 4);
    expect(viewSeconds(once)).toBe(1800);
    expect(fractionOf(once, 900)).toBeCloseTo(fractionOf(whole, 900), 9);
    expect(zoomView(once, -1, 900, HOUR, 4)).toEqual(whole);
  });

  it('never leaves the recording, never shows less than the shortest view nor more than the whole', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: HOUR, noNaN: true }), fc.integer({ min: -12, max: 12 }), fc.integer({ min: -12, max: 12 }), (anchor, a, b) => {
        const view = zoomView(zoomView({ from: 0, to: HOUR }, a, anchor, HOUR, 4), b, anchor, HOUR, 4);
        expect(view.from).toBeGreaterThanOrEqual(0);
        expect(view.to).toBeLessThanOrEqual(HOUR + 1e-6);
        expect(viewSeconds(view)).toBeGreaterThanOrEqual(4 - 1e-6);
        expect(viewSeconds(view)).toBeLessThanOrEqual(HOUR + 1e-6);
      }),
    );
  });

  it('scrolls within the recording, keeping its length', () => {
    expect(panView({ from: 100, to: 160 }, -50, HOUR)).toEqual({ from: 0, to: 60 });
    expect(panView({ from: 100, to: 160 }, HOUR, HOUR)).toEqual({ from: HOUR - 60, to: HOUR });
  });

  it('follows the playhead a page at a time, and leaves the view alone while it is on screen', () => {
    const view = { from: 600, to: 660 };
    expect(followPosition(view, 630, HOUR)).toBe(view);
    expect(followPosition(view, 661, HOUR)).toEqual({ from: 655, to: 715 });
    expect(timeAt(view, 0.5)).toBe(630);
  });
});

describe('peaks per pixel column', () => {
  const run = { from: 10, bucketSeconds: 1, channels: [[0.1, 0.9, 0.2, 0.3]] };
  it('takes the loudest bucket each column touches, and nothing outside the run', () => {
    expect(columnsOf(run.channels[0] ?? [], run, 10, 14, 2)).toEqual([0.9, 0.3]);
    expect(columnsOf(run.channels[0] ?? [], run, 10, 14, 8)).toEqual([0.1, 0.1, 0.9, 0.9, 0.2, 0.2, 0.3, 0.3]);
    expect(columnsOf(run.channels[0] ?? [], run, 0, 4, 2)).toEqual([0, 0]);
  });

  it('knows when a run is fine enough for a view', () => {
    expect(covers(run, 10, 14, 1)).toBe(true);
    expect(covers(run, 10, 14, 0.5)).toBe(false);
    expect(covers(run, 9, 14, 1)).toBe(false);
    expect(covers(null, 10, 14, 1)).toBe(false);
  });

  it('mixes channels into the louder of each moment', () => {
    expect(mixChannels([[0.1, 0.5], [0.4, 0.2]])).toEqual([0.4, 0.5]);
  });
});

describe('the sides of a stereo call', () => {
  it('mute drops a side; solo wins; a side heard alone is in both ears', () => {
    expect(routingOf(NO_SWITCHES)).toEqual([[1, 0], [0, 1]]);
    expect(isPlainRouting(NO_SWITCHES)).toBe(true);
    const mutedRight = toggled(NO_SWITCHES, 'muted', 1);
    expect(audible(mutedRight)).toEqual([true, false]);
    expect(routingOf(mutedRight)).toEqual([[1, 1], [0, 0]]);
    const soloRight = toggled(toggled(NO_SWITCHES, 'muted', 1), 'solo', 1);
    expect(audible(soloRight)).toEqual([false, true]);
    expect(routingOf(toggled(toggled(NO_SWITCHES, 'muted', 0), 'muted', 1))).toEqual([[0, 0], [0, 0]]);
    expect(isPlainRouting(mutedRight)).toBe(false);
  });

  it('names the lanes by who speaks once the agent’s side is known', () => {
    expect(laneNames(1, 'left')).toEqual(['Recording']);
    expect(laneNames(2, 'unknown')).toEqual(['Left', 'Right']);
    expect(laneNames(2, 'right')).toEqual(['Customer (left)', 'Agent (right)']);
    expect(laneNames(3, 'left')).toEqual(['Channel 1', 'Channel 2', 'Channel 3']);
  });
});

describe('"go to" times as typed', () => {
  it.each([
    ['12:30', 750],
    ['1:02:03', 3723],
    ['90', 90],
    ['0:05.5', 5.5],
    [' 7:05 ', 425],
    ['12,5', 12.5],
  ])('%s is %s s', (text, seconds) => expect(parseClock(text)).toBe(seconds));

  it.each(['', 'abc', '1:60', '1:60:00', '-5', '1::2'])('%s is not a time', (text) => expect(parseClock(text)).toBeNull());
});
