import { describe, expect, it } from 'vitest';
import { nameKey, nameProblem, sameNameAs } from '../../../shared/people/names';
import { occurredAtProblem } from '../../../shared/interactions/occurred-at';
import { localDayEnd, localDayStart } from '../../../renderer/format/dates';
import { isolate } from '../../../renderer/format/bidi';

describe('names', () => {
  it.each([
    ['', 'Name is required'],
    ['   ', 'Name is required'],
    ['\u200B\u200C\u200D\uFEFF', 'Name has no visible characters: type the name in letters'],
    ['\u202E\u2066\u3164\u2800', 'Name has no visible characters: type the name in letters'],
    ['\u0301\u0301', 'Name has no visible characters: type the name in letters'],
    ['x'.repeat(201), 'Name is 201 characters long; at most 200 are kept, so shorten it'],
  ])('%j is refused', (value, problem) => expect(nameProblem(value, 'Name')).toBe(problem));

  it.each(['Zoë', 'José', 'محمد', '李雷', 'x'.repeat(200), '😀'.repeat(200)])('%s is a name', (value) => expect(nameProblem(value, 'Name')).toBeNull());

  it('compares names for sameness regardless of case, spacing, width and invisible characters', () => {
    expect(nameKey('  Sam   LEE ')).toBe(nameKey('sam lee'));
    expect(nameKey('Ｓａｍ Lee')).toBe(nameKey('Sam Lee'));
    expect(nameKey('Sam\u200B Lee')).toBe(nameKey('Sam Lee'));
    const people = [
      { id: 'a', name: 'Sam Lee' },
      { id: 'b', name: 'Sam Leigh' },
    ];
    expect(sameNameAs('sam  lee', people)?.id).toBe('a');
    expect(sameNameAs('Sam Lee', people, 'a')).toBeNull();
    expect(sameNameAs('\u200B', people)).toBeNull();
  });
});

describe('an interaction’s time', () => {
  const now = '2026-11-20T10:00:00.000Z';
  it('may be now, in the past, or a few minutes ahead of this clock; not later', () => {
    expect(occurredAtProblem('2026-11-19T10:00:00.000Z', now)).toBeNull();
    expect(occurredAtProblem('2026-11-20T10:10:00.000Z', now)).toBeNull();
    expect(occurredAtProblem('2026-11-20T10:10:01.000Z', now)).toMatch(/in the future/);
    expect(occurredAtProblem('nonsense', now)).toMatch(/not a valid date/);
  });
});

describe('the user’s own days', () => {
  it('start and end at local midnight (this test runs in the machine’s zone, whatever it is)', () => {
    const start = new Date(localDayStart('2026-03-29') ?? '');
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2026, 2, 29, 0, 0]);
    const end = new Date(localDayEnd('2026-03-29') ?? '');
    expect([end.getDate(), end.getHours()]).toEqual([30, 0]);
    expect(localDayStart('2026-13-01')).toBeNull();
    expect(localDayStart('2026-02-30')).toBeNull();
    expect(localDayStart('29/03/2026')).toBeNull();
  });

  it('across the month end', () => {
    expect(new Date(localDayEnd('2026-11-30') ?? '').getDate()).toBe(1);
  });
});

describe('isolating names for plain text', () => {
  it('wraps only names with something directional in them', () => {
    expect(isolate('Priya Shah')).toBe('Priya Shah');
    expect(isolate('محمد')).toBe('\u2068محمد\u2069');
    expect(isolate('Nadia \u202Eqarob')).toBe('\u2068Nadia \u202Eqarob\u2069');
  });
});
