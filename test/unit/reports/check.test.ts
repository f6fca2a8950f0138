import { describe, expect, it } from 'vitest';
import { servicesClosedAfterEach } from '../../support/service';
import { completeWith, withMisses, ZONE } from './support';

const open = servicesClosedAfterEach();

describe('the check of stored scores and facts (npm run check:scores)', () => {
  it('finds nothing on a healthy database, and names every stored score or fact that differs', async () => {
    const s = open(undefined, undefined, { modules: { reports: { timeZone: ZONE } } });
    await s.call('reviewer.setName', { name: 'Rita Reviewer' });
    const agent = await s.call('agents.create', { name: 'Ada', team: 'North' });
    const first = await completeWith(s, agent.id, '2026-03-02T10:00:00Z', withMisses(3));
    await completeWith(s, agent.id, '2026-03-03T10:00:00Z', withMisses(0));
    expect(await s.call('reports.check', {})).toMatchObject({ scoresChecked: 2, scoreDifferences: [], factDifferences: [] });

    const db = s.service.context.db;
    // A stored score that says 80 % where the engine says 85 %, and a month of facts lost.
    db.prepare(`DELETE FROM scorecard_scores WHERE scorecard_id = ?`).run(first);
    db.prepare(
      `INSERT INTO scorecard_scores (scorecard_id, revision, source, overall_numerator, overall_denominator, overall_value, overall_rounded, band_id, band_label,
         meets_target, automatic_fail, automatic_fail_elements, elements_met, elements_not_met, elements_not_applicable)
       VALUES (?, 1, 'mine', '80', '1', 80, 80, 'meets', 'Meets expectations', 1, 0, '[]', 17, 3, 0)`,
    ).run(first);
    db.exec(`DELETE FROM report_element_months`);
    const check = await s.call('reports.check', {});
    expect(check.scoreDifferences).toEqual([{ scorecardId: first, revision: 1, differences: ['overall 80 stored, 85 recomputed'] }]);
    // The counted scorecard carries the score stored at completion, so the tampered one shows there too.
    expect(check.factDifferences).toEqual([`scorecard ${first} counts with percent 85 (expected 80)`, expect.stringMatching(/^month facts 2026-03\|.* are missing$/)]);

    // The facts come back whole from a rebuild; a wrong stored score is never "fixed" by it: it stays reported.
    await s.call('reports.rebuild', {});
    const after = await s.call('reports.check', {});
    expect(after.factDifferences).toEqual([]);
    expect((await s.call('reports.means', { filter: { from: '2026-03-01', to: '2026-03-31' } })).agents[0]).toMatchObject({ n: 2, mean: 90 });
    expect(after.scoreDifferences).toHaveLength(1);
  });
});
