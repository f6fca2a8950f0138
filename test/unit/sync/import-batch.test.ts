import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../shared/templates/builtin';
import { answer, ELEMENT_IDS, ZONE } from '../reports/support';
import { reviewersClosedAfterEach, type Reviewer } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';

const reviewer = reviewersClosedAfterEach();

/** Two of Sam's agents (one Rita knows by the same organisation key), on days either side of midnight in London. */
async function samsShare(root: string): Promise<{ sam: Reviewer; scorecards: string[] }> {
  const sam = await reviewer('Sam Second');
  await sam.addShare(root);
  const lee = (await sam.call('agents.create', { name: 'Lee Wong', team: 'North', organisationKey: 'E100' })).id;
  const values = (misses: number): AnswerValue[] => ELEMENT_IDS.map((_, i) => (i < misses ? 'not_met' : i === 19 ? 'na' : 'met'));
  const scorecards: string[] = [];
  for (const [i, [agent, when]] of (
    [
      [sam.agentId, '2026-03-28T23:30:00.000Z'],
      [lee, '2026-03-29T00:30:00.000Z'],
      [sam.agentId, '2026-03-29T00:30:00.000Z'],
      [lee, '2026-04-02T10:00:00.000Z'],
      [lee, '2026-04-02T11:00:00.000Z'],
    ] as const
  ).entries()) {
    const { scorecard } = await sam.call('reviews.create', { agentId: agent, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt: when, reference: `CALL-${i}` } });
    await answer(sam, scorecard.id, values(i));
    // A comment on a missed element is an evidence moment (coaching); the first scorecard has none.
    if (i > 0) await sam.call('reviews.setComment', { scorecardId: scorecard.id, elementId: ELEMENT_IDS[0]!, text: `Missed on call ${i}` });
    await sam.call('reviews.complete', { scorecardId: scorecard.id });
    scorecards.push(scorecard.id);
  }
  // Two revisions of one scorecard on the share: the later one counts, whatever order the batch stores them in.
  await sam.call('reviews.revise', { scorecardId: scorecards[1]!, reason: 'Second listen' });
  await answer(sam, scorecards[1]!, values(4));
  await sam.call('reviews.complete', { scorecardId: scorecards[1]! });
  await sam.idle();
  return { sam, scorecards };
}

/**
 * Everything an import stores for reports, coaching and the Team list, without the moments it was stored at; the
 * install's own agents (their ids differ from install to install) by name.
 */
function storedRows(r: Reviewer): { counted: unknown[]; evidence: unknown[] } {
  const db = r.service.context.db;
  const all = (sql: string) => db.prepare(sql).all();
  const rows = {
    documents: all('SELECT kind, document_id, revision, writer, content_hash, relative_path, origin_install_id, body, trust, signer_key FROM imported_documents ORDER BY 1, 2, 3'),
    team: all('SELECT * FROM imported_scorecards ORDER BY scorecard_id, revision'),
    scores: all('SELECT * FROM scorecard_scores ORDER BY scorecard_id, revision'),
    sections: all('SELECT * FROM scorecard_section_scores ORDER BY scorecard_id, revision, position'),
    counted: all('SELECT * FROM report_scorecards ORDER BY scorecard_id'),
    days: all('SELECT * FROM report_element_days ORDER BY day, template_version_id, source, hex(counts)'),
    months: all('SELECT * FROM report_element_months ORDER BY month, template_version_id, source, hex(counts)'),
    evidence: all('SELECT * FROM coaching_evidence ORDER BY scorecard_id, revision, position'),
    agents: all('SELECT name, team, organisation_key, merged_into, from_colleague FROM agents ORDER BY name, from_colleague'),
  };
  const own = db.prepare('SELECT id, name FROM agents WHERE from_colleague = 0').all() as { id: string; name: string }[];
  return JSON.parse(own.reduce((text, { id, name }) => text.replaceAll(id, `own agent ${name}`), JSON.stringify(rows))) as typeof rows;
}

/** Rita, whose own agent holds Lee's organisation key: his scorecards attach to it, Sam's own agent is new. */
async function rita(root: string, importBatch?: number): Promise<{ r: Reviewer; targetId: string }> {
  const r = await reviewer('Rita Reviewer', undefined, { modules: { reports: { timeZone: ZONE }, ...(importBatch ? { sync: { importBatch } } : {}) } });
  await r.call('agents.create', { name: 'Lee Wong', team: 'North', organisationKey: 'e100' });
  return { r, targetId: (await r.addShare(root, { adopt: true })).id };
}

describe('an import batch', () => {
  it('stores exactly what storing one document at a time stores', async () => {
    const root = emptyShare();
    await samsShare(root);
    const batched = await rita(root);
    const single = await rita(root, 1);
    const a = await batched.r.call('sync.import', { targetId: batched.targetId });
    const b = await single.r.call('sync.import', { targetId: single.targetId });
    expect(a.importedByKind.scorecard).toBe(6);
    expect(b.importedByKind.scorecard).toBe(6);

    const rows = storedRows(batched.r);
    expect(rows.counted).toHaveLength(5);
    expect(rows.evidence.length).toBeGreaterThan(0);
    expect(storedRows(single.r)).toEqual(rows);
    // Only the revision that counts keeps its moments: the first revision's were replaced within the batch.
    const stale = batched.r.service.context.db.prepare(
      `SELECT COUNT(*) AS n FROM coaching_evidence e LEFT JOIN report_scorecards r ON r.scorecard_id = e.scorecard_id AND r.revision = e.revision WHERE r.scorecard_id IS NULL`,
    );
    expect(stale.get()).toEqual({ n: 0 });
    for (const r of [batched.r, single.r]) {
      const check = await r.call('reports.check', {});
      expect(check.factDifferences).toEqual([]);
      expect(check.scoreDifferences).toEqual([]);
    }
  });

  it('that fails in a hook stores none of its documents, and the next pass stores each of them once', async () => {
    const root = emptyShare();
    const { scorecards } = await samsShare(root);
    const { r, targetId } = await rita(root, 4);
    // The roster, then batches of four documents: the second batch fails once its documents are stored, before it commits.
    let batches = 0;
    let failing = true;
    const heard: string[] = [];
    r.service.context.hooks.imported.onBatch('react', (events) => {
      batches += 1;
      if (failing && batches === 2) throw new Error('the disk filled up');
      heard.push(...events.map((e) => `${e.ref.documentId}:r${e.ref.revision}`));
    });
    const failed = await r.refuse('sync.import', { targetId });
    expect(failed.ok).toBe(false);
    const db = r.service.context.db;
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    // The roster and the first batch committed; nothing of the second.
    expect(heard).toHaveLength(4);
    expect(count('imported_documents')).toBe(5);
    expect(count('scorecard_scores')).toBe(4);

    failing = false;
    const next = await r.call('sync.import', { targetId });
    expect(next.importedByKind.scorecard).toBe(2);
    expect([...heard].sort()).toEqual([...scorecards.map((id) => `${id}:r1`), `${scorecards[1]}:r2`].sort());
    expect(count('imported_documents')).toBe(7);
    expect(count('scorecard_scores')).toBe(6);
    expect(count('report_scorecards')).toBe(5);
    const check = await r.call('reports.check', {});
    expect(check.factDifferences).toEqual([]);
    expect(check.scoreDifferences).toEqual([]);
  });

  it('that fails in a hook while a conflict copy is stored stops the pass, and the next pass imports the copy', async () => {
    const root = emptyShare();
    const { scorecards } = await samsShare(root);
    // Only a sync client's conflict copy of the first scorecard arrived.
    const rel = shareFiles(root).find((f) => f.includes(scorecards[0]!))!;
    const original = path.join(root, 'scorecards', ...rel.split('/'));
    fs.renameSync(original, original.replace(/\.json$/, ' (conflicted copy).json'));
    const { r, targetId } = await rita(root);
    let failing = true;
    r.service.context.hooks.imported.onBatch('react', (events) => {
      if (failing && events.some((e) => e.ref.documentId === scorecards[0])) throw new Error('the disk filled up');
    });
    const failed = await r.refuse('sync.import', { targetId });
    expect(failed.ok).toBe(false);
    // Not taken for a file that could not be read: nothing recorded of it, so the next pass reads it again.
    const db = r.service.context.db;
    expect(db.prepare(`SELECT COUNT(*) FROM import_entries WHERE relative_path LIKE '%conflicted copy%'`).pluck().get()).toBe(0);
    failing = false;
    const next = await r.call('sync.import', { targetId });
    expect(next.importedByKind.scorecard).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM imported_documents WHERE document_id = ?').pluck().get(scorecards[0])).toBe(1);
  });
});
