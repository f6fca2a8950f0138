import type { Satisfaction } from '../../api/reports';
import { pearson, spearman } from '../../stats';
import { monthOf } from '../local-day';
import { meanFigure, plus, ZERO, type Totals } from './figures';

const one = (v: number): Totals => ({ n: 1, sum: v, sumOfSquares: v * v });

/**
 * Customer satisfaction beside the QA score, per agent and per month, and
 * whether the two move together: Pearson's r (with its 95 % range) and
 * Spearman's rho over interactions that have both, with their n.
 */
export function satisfactionOf(
  pairs: readonly { agentId: string; day: string; percent: number | null; satisfaction: number }[],
  qaByAgent: ReadonlyMap<string, Totals>,
  qaByMonth: ReadonlyMap<string, Totals>,
  names: ReadonlyMap<string, string>,
  counts: { responses: number; unmatched: number },
): Satisfaction {
  const satByAgent = new Map<string, Totals>();
  const satByMonth = new Map<string, Totals>();
  for (const p of pairs) {
    satByAgent.set(p.agentId, plus(satByAgent.get(p.agentId) ?? ZERO, one(p.satisfaction)));
    satByMonth.set(monthOf(p.day), plus(satByMonth.get(monthOf(p.day)) ?? ZERO, one(p.satisfaction)));
  }
  const scored = pairs.filter((p) => p.percent !== null);
  const xs = scored.map((p) => p.percent!);
  const ys = scored.map((p) => p.satisfaction);
  const r = pearson(xs, ys);
  const rho = spearman(xs, ys);
  const agentIds = [...new Set([...satByAgent.keys()])];
  const months = [...new Set([...qaByMonth.keys(), ...satByMonth.keys()])].sort();
  return {
    agents: agentIds
      .map((agentId) => ({ agentId, name: names.get(agentId) ?? 'Unknown agent', qa: meanFigure(qaByAgent.get(agentId) ?? ZERO), satisfaction: meanFigure(satByAgent.get(agentId)!) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    months: months.map((month) => ({ month, qa: meanFigure(qaByMonth.get(month) ?? ZERO), satisfaction: meanFigure(satByMonth.get(month) ?? ZERO) })),
    correlation: { n: r.n, r: r.r, lower: r.lower, upper: r.upper, rho: rho.rho, reason: r.reason },
    responses: counts.responses,
    unmatched: counts.unmatched,
  };
}
