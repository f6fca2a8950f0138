import type { ReviewerComparison } from '../../api/reports';
import { compareMeans } from '../../stats';
import { meanFigure, minus, plus, summaryOf, sumTotals, ZERO, type Totals } from './figures';

/**
 * Does a reviewer mark harder or softer than the rest? Each reviewer's mean is
 * set against everyone else's mean on the same agents only, so a reviewer who
 * happens to review a weak team is not called harsh.
 */
export function compareReviewers(cells: readonly (Totals & { reviewerId: string; reviewerName: string; agentId: string })[]): ReviewerComparison[] {
  const byAgent = new Map<string, Totals>();
  for (const c of cells) byAgent.set(c.agentId, plus(byAgent.get(c.agentId) ?? ZERO, c));
  const byReviewer = new Map<string, { name: string; cells: typeof cells[number][] }>();
  for (const c of cells) {
    const entry = byReviewer.get(c.reviewerId) ?? { name: c.reviewerName, cells: [] };
    entry.cells.push(c);
    byReviewer.set(c.reviewerId, entry);
  }
  return [...byReviewer]
    .map(([reviewerId, { name, cells: own }]) => {
      const mine = sumTotals(own);
      const others = sumTotals(own.map((c) => minus(byAgent.get(c.agentId)!, c)));
      const comparison = compareMeans(summaryOf(mine), summaryOf(others), { subject: name, others: 'other reviewers on the same agents' });
      return {
        reviewerId,
        name,
        agents: own.length,
        own: meanFigure(mine),
        others: meanFigure(others),
        verdict: comparison.verdict,
        sentence: comparison.verdict === 'insufficient' ? `Too few to compare: ${comparison.reason}.` : `${comparison.reason}.`,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
