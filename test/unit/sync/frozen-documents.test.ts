import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { draftReview, openService, tempFolder, type OpenedService } from '../../support/service';
import { emptyShare } from './support/share';

/**
 * The bytes of a completed revision are frozen when it is completed, whether or
 * not any target exists yet, and are never rebuilt: a target added later, or a
 * share added again, receives exactly those bytes, for every revision.
 */
const opened: OpenedService[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

async function reviewer() {
  const s = openService(tempFolder('callmark-frozen-'));
  opened.push(s);
  const { agent, detail } = await draftReview(s);
  const elementIds = detail.template.content.sections.flatMap((sec) => sec.elements.map((e) => e.id));
  const answerAll = async (scorecardId: string, value: 'met' | 'not_met') => {
    for (const elementId of elementIds) await s.call('reviews.setAnswer', { scorecardId, elementId, value });
  };
  const idle = async () => {
    // A backfill wakes the drainer after its last chunk: wait until both are done.
    for (let i = 0; i < 3; i++) await s.idle();
  };
  return { s, agent, scorecardId: detail.scorecard.id, answerAll, idle };
}

/** Every scorecard file in a share: relative path → bytes. */
function filesIn(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const base = path.join(root, 'scorecards');
  if (!fs.existsSync(base)) return out;
  for (const year of fs.readdirSync(base))
    for (const month of fs.readdirSync(path.join(base, year)))
      for (const name of fs.readdirSync(path.join(base, year, month)))
        if (!name.startsWith('.')) out.set(`${year}/${month}/${name}`, fs.readFileSync(path.join(base, year, month, name), 'utf8'));
  return out;
}

const addShare = (s: OpenedService, root: string, sendExisting: boolean, adoptShareId?: string) =>
  s.call('sync.targets.add', { name: 'Team share', config: { kind: 'folder', path: root }, sendExisting, ...(adoptShareId ? { adoptShareId } : {}) });

describe('documents frozen at completion', () => {
  it('a target added later receives the bytes of the completion, not a rebuild after the agent was renamed', async () => {
    const { s, agent, scorecardId, answerAll, idle } = await reviewer();
    await answerAll(scorecardId, 'met');
    await s.call('reviews.complete', { scorecardId });
    // What completing it produced, before anything changes.
    const atCompletion = await s.call('sync.exportPreview', { scorecardId });
    expect(atCompletion.agent.name).toBe('Ada Agent');

    await s.call('agents.update', { id: agent.id, name: 'Ada Renamed' });
    await s.call('sync.settings.set', { includeCustomerName: true });
    const root = emptyShare();
    await addShare(s, root, true);
    await idle();

    const files = [...filesIn(root).entries()];
    expect(files).toHaveLength(1);
    const [rel, bytes] = files[0]!;
    expect(rel).toMatch(new RegExp(`/${scorecardId}\\.r1\\.json$`));
    expect(bytes).toBe(canonicalJson(atCompletion));
    expect(JSON.parse(bytes)).toMatchObject({ agent: { name: 'Ada Agent' } });
  });

  it('every revision goes to a target added later, including one whose next revision is still a draft', async () => {
    const { s, scorecardId, answerAll, idle } = await reviewer();
    await answerAll(scorecardId, 'met');
    await s.call('reviews.complete', { scorecardId });
    const r1 = canonicalJson(await s.call('sync.exportPreview', { scorecardId }));
    await s.call('reviews.revise', { scorecardId, reason: 'Listened again' });

    // Revision 2 is a draft now: revision 1 is still completed work and must go.
    const first = emptyShare();
    const a = await addShare(s, first, true);
    await idle();
    expect([...filesIn(first).values()]).toEqual([r1]);

    await answerAll(scorecardId, 'not_met');
    await s.call('reviews.complete', { scorecardId });
    const r2 = canonicalJson(await s.call('sync.exportPreview', { scorecardId }));
    expect(JSON.parse(r2)).toMatchObject({ revision: 2, revisionReason: 'Listened again' });
    await idle();
    expect([...filesIn(first).values()].sort()).toEqual([r1, r2].sort());
    expect((await s.call('sync.status', { targetId: a.id })).targets[0]!.counts).toEqual({ pending: 0, sent: 2, failed: 0 });

    const second = emptyShare();
    const b = await addShare(s, second, true);
    await idle();
    const later = filesIn(second);
    expect([...later.keys()].map((k) => path.basename(k)).sort()).toEqual([`${scorecardId}.r1.json`, `${scorecardId}.r2.json`]);
    expect([...later.values()].sort()).toEqual([r1, r2].sort());
    expect((await s.call('sync.status', { targetId: b.id })).targets[0]!.counts).toEqual({ pending: 0, sent: 2, failed: 0 });
  });

  it('a share removed and added again with sendExisting takes its own files as delivered, even after a rename', async () => {
    const { s, agent, scorecardId, answerAll, idle } = await reviewer();
    const root = emptyShare();
    const first = await addShare(s, root, false);
    await answerAll(scorecardId, 'met');
    await s.call('reviews.complete', { scorecardId });
    await idle();
    const before = filesIn(root);
    expect(before.size).toBe(1);

    await s.call('agents.update', { id: agent.id, name: 'Ada Renamed' });
    await s.call('sync.targets.remove', { targetId: first.id });
    const found = await s.call('sync.targets.inspectFolder', { path: root });
    const again = await addShare(s, root, true, found.share!.shareId);
    await idle();

    const status = (await s.call('sync.status', { targetId: again.id })).targets[0]!;
    expect(status.counts).toEqual({ pending: 0, sent: 1, failed: 0 });
    expect(status.lastError).toBeNull();
    expect(filesIn(root)).toEqual(before);
  });
});
