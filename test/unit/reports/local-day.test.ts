import { describe, expect, it } from 'vitest';
import { localDayOf, splitRange, weekOf } from '../../../shared/reports/local-day';
import { agentAndTeamMeans } from '../../../shared/reports/views/means';
import { trendOf } from '../../../shared/reports/views/trend';

const totals = (values: number[]) => ({ n: values.length, sum: values.reduce((a, b) => a + b, 0), sumOfSquares: values.reduce((a, b) => a + b * b, 0) });

describe('local days', () => {
  it('counts a call on the day it was taken where the user is, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time), still 30 June in winter-time Reykjavik.
    expect(localDayOf('2026-06-30T23:30:00Z', 'Europe/London')).toBe('2026-07-01');
    expect(localDayOf('2026-06-30T23:30:00Z', 'Atlantic/Reykjavik')).toBe('2026-06-30');
    expect(localDayOf('2026-01-01T04:30:00Z', 'America/New_York')).toBe('2025-12-31');
  });

  it('cuts a range into whole months and the loose days either side, covering every day once', () => {
    expect(splitRange('2025-01-15', '2025-04-10')).toEqual({ days: [['2025-01-15', '2025-01-31'], ['2025-04-01', '2025-04-10']], months: ['2025-02', '2025-03'] });
    expect(splitRange('2024-11-01', '2026-10-31')).toEqual({ days: [], months: ['2024-11', '2026-10'] });
    expect(splitRange('2025-02-03', '2025-02-20')).toEqual({ days: [['2025-02-03', '2025-02-20']], months: null });
    expect(splitRange('2024-02-01', '2024-02-29')).toEqual({ days: [], months: ['2024-02', '2024-02'] });
  });

  it('names a week by its Monday', () => {
    expect(weekOf('2026-03-01')).toBe('2026-02-23'); // a Sunday
    expect(weekOf('2026-03-02')).toBe('2026-03-02');
  });
});

describe('report figures from stored totals', () => {
  it('gives each agent n, mean and 95 % interval, and says plainly when they cannot be told apart from the team', () => {
    const agents = new Map([
      ['a', { id: 'a', name: 'Ada', team: 'North' }],
      ['b', { id: 'b', name: 'Bo', team: 'North' }],
      ['c', { id: 'c', name: 'Cy', team: 'North' }],
    ]);
    const { teams, agents: rows } = agentAndTeamMeans(
      [
        { agentId: 'a', ...totals([70, 75, 80]) },
        { agentId: 'b', ...totals([72, 78, 74, 76]) },
        { agentId: 'c', ...totals([40]) },
      ],
      agents,
    );
    expect(teams).toHaveLength(1);
    expect(teams[0]).toMatchObject({ team: 'North', n: 8, agents: 3 });
    const ada = rows.find((r) => r.name === 'Ada')!;
    // 75 ± t(0.975, 2) × 5/√3 = 75 ± 4.303 × 2.887 = 62.58 … 87.42 (Student 1908; NIST e-Handbook t table).
    expect(ada.mean).toBe(75);
    expect(ada.lower).toBeCloseTo(62.579, 2);
    expect(ada.upper).toBeCloseTo(87.421, 2);
    expect(ada.verdict).toBe('not_different');
    expect(ada.sentence).toMatch(/^Cannot be told apart from the rest of North/);
    expect(rows.find((r) => r.name === 'Cy')).toMatchObject({ n: 1, lower: null, verdict: 'insufficient' });
  });

  it('trends by ISO week and by month', () => {
    const days = [
      { day: '2026-03-01', ...totals([80]) },
      { day: '2026-03-02', ...totals([60, 70]) },
      { day: '2026-04-01', ...totals([90]) },
    ];
    expect(trendOf(days, 'month').map((p) => [p.period, p.n, p.mean])).toEqual([
      ['2026-03', 3, 70],
      ['2026-04', 1, 90],
    ]);
    expect(trendOf(days, 'week').map((p) => [p.label, p.n])).toEqual([
      ['Week of 23 Feb 2026', 1],
      ['Week of 2 Mar 2026', 2],
      ['Week of 30 Mar 2026', 1],
    ]);
  });
});
