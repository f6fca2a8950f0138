import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { reviewersClosedAfterEach, type Reviewer } from '../sync/support/reviewer';
import { emptyShare } from '../sync/support/share';
import { answer, completeWith, WHOLE_RANGE, ZONE } from './support';

const reviewer = reviewersClosedAfterEach();

const Values = fc.array(fc.constantFrom<AnswerValue>('met', 'not_met', 'na'), { minLength: 20, maxLength: 20 });
/** Around midnight in London, summer and winter, so local days and UTC days disagree. */
const When = fc.record({ day: fc.integer({ min: 0, max: 400 }), minute: fc.integer({ min: 22 * 60, max: 26 * 60 }) }).map(({ day, minute }) =>
  new Date(Date.UTC(2025, 0, 1) + day * 86_400_000 + minute * 60_000).toISOString(),
);

const Step = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('mine' as const), agent: fc.nat(4), when: When, values: Values }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('theirs' as const), agent: fc.nat(2), when: When, values: Values }), weight: 4 },
  fc.record({ t: fc.constant('revise' as const), pick: fc.nat(), values: Values, then: fc.constantFrom('complete', 'discard', 'leave') }),
  fc.record({ t: fc.constant('theirsRevise' as const), pick: fc.nat(), values: Values }),
  { arbitrary: fc.record({ t: fc.constant('import' as const) }), weight: 2 },
  fc.record({ t: fc.constant('merge' as const), from: fc.nat(), into: fc.nat() }),
  fc.record({ t: fc.constant('undo' as const) }),
  fc.record({ t: fc.constant('confirm' as const) }),
);
type Step = typeof Step extends fc.Arbitrary<infer S> ? S : never;

/**
 * Rita's install keeps its report facts in step as she completes and revises
 * scorecards, imports Sam's (some of his agents share a key with hers, one a
 * name and team, one neither), merges agents and undoes merges. Whatever the
 * order, the facts must equal the facts worked out from scratch, and every
 * stored score must equal the engine's.
 */
describe('report facts over random histories', () => {
  it('always equal a recomputation from scratch, and a rebuild changes no figure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Step, { minLength: 4, maxLength: 14 }), async (steps) => {
        const root = emptyShare();
        const rita = await reviewer('Rita Reviewer', undefined, { modules: { reports: { timeZone: ZONE } } });
        const sam = await reviewer('Sam Second');
        const ritaShare = await rita.addShare(root);
        await sam.addShare(root, { adopt: true });
        const ritas = await agents(rita, [['Sarah Collins', 'E100'], ['Sam Patel', ''], ['Ann Other', '']]);
        const sams = await agents(sam, [['Sarah Collins', 'e100'], ['Sam Patel', ''], ['Lee Wong', '']]);
        const mine: string[] = [];
        const theirs: string[] = [];
        // Always a last import, so Sam's last scorecards and revisions are in the history too.
        for (const step of [...steps, { t: 'import' as const }]) await run(step, { rita, sam, ritas, sams, mine, theirs, targetId: ritaShare.id });
        await Promise.all([rita.idle(), sam.idle()]);

        const check = await rita.call('reports.check', {});
        expect(check.scoreDifferences).toEqual([]);
        expect(check.factDifferences).toEqual([]);

        const filter = { ...WHOLE_RANGE, source: 'all' as const };
        const before = await views(rita, filter);
        await rita.call('reports.rebuild', {});
        expect(await views(rita, filter)).toEqual(before);
        expect((await rita.call('reports.check', {})).factDifferences).toEqual([]);
        // Every call here is by phone: the channel filter reads each scorecard's stored values instead of the facts, and must agree.
        const { readFrom: fromFacts, ...byFacts } = await rita.call('reports.elements', { filter });
        const { readFrom: fromValues, ...byValues } = await rita.call('reports.elements', { filter: { ...filter, channel: 'phone' } });
        expect([fromFacts, fromValues]).toEqual(['facts', 'scorecards']);
        expect(rounded(inOneOrder(byValues))).toEqual(rounded(inOneOrder(byFacts)));
      }),
      { numRuns: 25 },
    );
  }, 600_000);
});

/** A merge may be refused (a conflict the user is told about), never fail inside. */
function expectRefusedOrDone(envelope: Awaited<ReturnType<Reviewer['refuse']>>): void {
  if (!envelope.ok) expect(envelope.error.code).toBe('conflict');
}

async function agents(s: Reviewer, people: [string, string][]): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, organisationKey] of people) ids.push((await s.call('agents.create', { name, team: 'North', organisationKey })).id);
  return ids;
}

/** Figures as a reader compares them: sums taken in another order may differ in the last bits. */
const rounded = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_, x) => (typeof x === 'number' ? Math.round(x * 1e6) / 1e6 : x)));

/** A heat map with its ties in one order (equal pass rates keep the order their reads met them in). */
const inOneOrder = <H extends { elements: { elementId: string }[]; agents: { agentId: string }[]; cells: { agentId: string; elementId: string }[] }>(map: H): H => ({
  ...map,
  elements: [...map.elements].sort((a, b) => a.elementId.localeCompare(b.elementId)),
  agents: [...map.agents].sort((a, b) => a.agentId.localeCompare(b.agentId)),
  cells: [...map.cells].sort((a, b) => a.agentId.localeCompare(b.agentId) || a.elementId.localeCompare(b.elementId)),
});

async function views(s: Reviewer, filter: { from: string; to: string; source: 'all' }) {
  return rounded({
    means: await s.call('reports.means', { filter }),
    elements: await s.call('reports.elements', { filter }),
    bands: await s.call('reports.bands', { filter }),
    reviewers: await s.call('reports.reviewers', { filter }),
  });
}

interface World {
  rita: Reviewer;
  sam: Reviewer;
  ritas: string[];
  sams: string[];
  mine: string[];
  theirs: string[];
  targetId: string;
}

async function run(step: Step, w: World): Promise<void> {
  const pick = <T>(list: T[], n: number) => list[n % list.length];
  switch (step.t) {
    case 'mine': {
      const pool = (await w.rita.call('agents.list', {})).map((a) => a.id);
      w.mine.push(await completeWith(w.rita, pick(pool, step.agent)!, step.when, step.values));
      return;
    }
    case 'theirs':
      w.theirs.push(await completeWith(w.sam, w.sams[step.agent]!, step.when, step.values));
      return;
    case 'revise': {
      const id = pick(w.mine, step.pick);
      if (!id || (await w.rita.call('reviews.get', { id })).scorecard.status !== 'completed') return;
      await w.rita.call('reviews.revise', { scorecardId: id, reason: 'Listened again' });
      await answer(w.rita, id, step.values);
      if (step.then === 'complete') await w.rita.call('reviews.complete', { scorecardId: id });
      if (step.then === 'discard') await w.rita.call('reviews.discardDraft', { scorecardId: id });
      return;
    }
    case 'theirsRevise': {
      const id = pick(w.theirs, step.pick);
      if (!id) return;
      await w.sam.call('reviews.revise', { scorecardId: id, reason: 'Second listen' });
      await answer(w.sam, id, step.values);
      await w.sam.call('reviews.complete', { scorecardId: id });
      return;
    }
    case 'import':
      await w.sam.idle();
      await w.rita.call('sync.import', { targetId: w.targetId });
      return;
    case 'merge': {
      const pool = (await w.rita.call('agents.list', { includeInactive: true })).map((a) => a.id);
      const [from, into] = [pick(pool, step.from), pick(pool, step.into)];
      // Refusals (into itself, two different keys) are part of the history too: they must change nothing.
      if (from && into) expectRefusedOrDone(await w.rita.refuse('agents.merge', { fromId: from, intoId: into }));
      return;
    }
    case 'undo': {
      const open = (await w.rita.call('agents.merges', {})).find((m) => m.undoneAt === null);
      if (open) expectRefusedOrDone(await w.rita.refuse('agents.undoMerge', { mergeId: open.id }));
      return;
    }
    case 'confirm': {
      const [proposal] = await w.rita.call('agents.proposals', {});
      if (proposal) await w.rita.call('agents.decideProposal', { agentId: proposal.agent.id, candidateId: proposal.candidate.id, decision: 'same' });
      return;
    }
  }
}
