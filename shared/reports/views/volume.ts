import type { VolumeReport } from '../../api/reports';
import { monthOf, monthSpan, addDays } from '../local-day';
import type { AgentInfo } from './means';

/** The months a range of local days touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = monthOf(addDays(monthSpan(m).last, 1))) out.push(m);
  return out;
}

/** Completed scorecards per agent and month against the monthly sample target, fewest first. */
export function volumeOf(counts: readonly { agentId: string; month: string; n: number }[], agents: readonly AgentInfo[], months: string[], target: number): VolumeReport {
  const index = new Map(months.map((m, i) => [m, i]));
  const rows = new Map(agents.map((a) => [a.id, { agentId: a.id, name: a.name, team: a.team, counts: months.map(() => 0), total: 0, monthsBelowTarget: 0 }]));
  for (const c of counts) {
    const row = rows.get(c.agentId);
    const i = index.get(c.month);
    if (!row || i === undefined) continue;
    row.counts[i] = c.n;
    row.total += c.n;
  }
  for (const row of rows.values()) row.monthsBelowTarget = row.counts.filter((n) => n < target).length;
  return { months, target, agents: [...rows.values()].sort((a, b) => a.total - b.total || a.name.localeCompare(b.name)) };
}
