import { describe, expect, it } from 'vitest';
import { formatClock, positionText } from '../../../renderer/player/format-time';
import { createPositionSaver, SAVE_AFTER_SEEK_MS, SAVE_WHILE_PLAYING_MS, type Position } from '../../../renderer/player/position-saver';
import { formatSpeed, stepSpeed } from '../../../renderer/player/speeds';
import { noteSeconds, sortNotes, type NoteView } from '../../../renderer/player/note-model';
import { MAX_MEDIA_SECONDS } from '../../../shared/schemas/media';

describe('player time', () => {
  it('reads like a player: m:ss, h:mm:ss, rounded down', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59.99)).toBe('0:59');
    expect(formatClock(83)).toBe('1:23');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(null)).toBe('--:--');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('--:--');
    expect(positionText(83, 600)).toBe('1:23 of 10:00');
    expect(positionText(83, null)).toBe('1:23');
  });
});

describe('speeds', () => {
  it('steps by quarters between 0.5× and 2×, and snaps a speed between steps', () => {
    expect(stepSpeed(1, 1)).toBe(1.25);
    expect(stepSpeed(1, -1)).toBe(0.75);
    expect(stepSpeed(2, 1)).toBe(2);
    expect(stepSpeed(0.5, -1)).toBe(0.5);
    expect(stepSpeed(1.1, 1)).toBe(1.25);
    expect(stepSpeed(1.1, -1)).toBe(1);
    expect(formatSpeed(1.25)).toBe('1.25×');
    expect(formatSpeed(1)).toBe('1×');
  });
});

describe('position saver', () => {
  function harness() {
    let now = 0;
    const pending: { at: number; run: () => void }[] = [];
    const saved: Position[] = [];
    let fail = false;
    const saver = createPositionSaver(
      (p) => {
        saved.push(p);
        return fail ? Promise.reject(new Error('down')) : Promise.resolve();
      },
      () => now,
      {
        set: (run, ms) => {
          const entry = { at: now + ms, run };
          pending.push(entry);
          return entry;
        },
        clear: (handle) => {
          const i = pending.indexOf(handle as (typeof pending)[number]);
          if (i >= 0) pending.splice(i, 1);
        },
      },
    );
    const advance = (ms: number) => {
      now += ms;
      for (const entry of pending.filter((e) => e.at <= now)) {
        pending.splice(pending.indexOf(entry), 1);
        entry.run();
      }
    };
    return { saver, saved, advance, setFail: (f: boolean) => (fail = f) };
  }
  const at = (positionSeconds: number, speed = 1) => ({ positionSeconds, speed });

  it('writes every few seconds while playing, not at every timeupdate', () => {
    const h = harness();
    h.saver.tick(at(0.25));
    for (let t = 1; t < 12; t++) {
      h.advance(250);
      h.saver.tick(at(t * 0.25));
    }
    h.advance(SAVE_WHILE_PLAYING_MS);
    h.saver.tick(at(4));
    expect(h.saved.map((p) => p.positionSeconds)).toEqual([0.25, 4]);
  });

  it('writes a burst of seeks once, after it; pause and speed at once; an unchanged position not again', () => {
    const h = harness();
    h.saver.soon(at(5));
    h.advance(100);
    h.saver.soon(at(10));
    h.advance(100);
    h.saver.soon(at(25));
    expect(h.saved).toEqual([]);
    h.advance(SAVE_AFTER_SEEK_MS);
    expect(h.saved).toEqual([at(25)]);
    h.saver.now(at(25));
    expect(h.saved).toHaveLength(1);
    h.saver.now(at(25, 1.5));
    expect(h.saved).toEqual([at(25), at(25, 1.5)]);
  });

  it('tries a failed write again on the next occasion', async () => {
    const h = harness();
    h.setFail(true);
    h.saver.now(at(7));
    await Promise.resolve();
    await Promise.resolve();
    h.setFail(false);
    h.saver.now(at(7));
    expect(h.saved).toEqual([at(7), at(7)]);
  });
});

describe('notes', () => {
  it('are listed in time order, ties in the order they were dropped', () => {
    const note = (key: string, atSeconds: number, order: number): NoteView => ({ key, atSeconds, elementId: null, text: '', order });
    expect(sortNotes([note('c', 20, 1), note('a', 5, 3), note('b', 20, 2)]).map((n) => n.key)).toEqual(['a', 'c', 'b']);
  });

  it('keep times to the millisecond, within a day', () => {
    expect(noteSeconds(12.3456789)).toBe(12.346);
    expect(noteSeconds(-1)).toBe(0);
    expect(noteSeconds(1e9)).toBe(MAX_MEDIA_SECONDS);
    expect(noteSeconds(25 * 3600)).toBe(25 * 3600);
  });
});
