import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallmarkService } from '../electron/services';
import { prepareUnwatched, type SlowStatement } from '../electron/services/db/slow-statements';
import { dispatch } from '../shared/api/dispatch';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../shared/templates/builtin';
import { generateScorecards } from './generate/scorecards';
import { once, printRows, time, timeAsync } from './harness';

const SCORECARDS = Number(process.env.CALLMARK_BENCH_SCORECARDS ?? 100_000);
const SAVES = Number(process.env.CALLMARK_BENCH_SAVES ?? 10_000);

/**
 * Issue 2's figures on a database of years of data: saving one answer through
 * the service and the first page of the reviews list, each beside a bare
 * prepared statement doing the same work on the same file.
 */
export async function benchReviews(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-'));
  const slow: SlowStatement[] = [];
  const service = createCallmarkService({ dataFolder: folder, slowStatements: (s) => slow.push(s) });
  const call = async (name: Parameters<typeof dispatch>[1], input: unknown) => {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value;
  };
  try {
    const db = service.context.db;
    const reviewer = (await call('reviewer.setName', { name: 'Bench Reviewer' })) as { id: string; name: string };
    const generated = once(() => generateScorecards(db, { scorecards: SCORECARDS, agents: 200, days: 730, reviewer }));
    const slowWhileFilling = slow.length;
    // Raw limits are prepared without the slow-statement watch, so they measure SQLite alone.
    const prepare = prepareUnwatched(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');
    const agentId = generated.value.agentIds[17]!;
    const draft = (await call('reviews.create', {
      agentId,
      templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
      interaction: { channel: 'phone', occurredAt: '2026-11-02T10:00:00Z' },
    })) as { scorecard: { id: string } };
    const elementIds = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));
    const values = ['met', 'not_met', 'na'] as const;

    let n = 0;
    const save = await timeAsync(() => {
      n++;
      return call('reviews.setAnswer', { scorecardId: draft.scorecard.id, elementId: elementIds[n % 20], value: values[n % 3] });
    }, SAVES);
    const upsert = `INSERT INTO answers (scorecard_id, element_id, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (scorecard_id, element_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;
    const bareWrite = prepare(upsert);
    const rawSave = time(() => {
      n++;
      bareWrite.run(draft.scorecard.id, elementIds[n % 20], values[n % 3], new Date().toISOString());
    }, SAVES);
    // The watch's own cost: the same statement, prepared through it, on reads (no fsync to hide behind).
    const read = `SELECT value FROM answers WHERE scorecard_id = ? AND element_id = ?`;
    const [bareRead, watchedRead] = [prepare(read), db.prepare(read)];
    const rawReads = time(() => bareRead.get(draft.scorecard.id, elementIds[n++ % 20]), SAVES * 10);
    const watchedReads = time(() => watchedRead.get(draft.scorecard.id, elementIds[n++ % 20]), SAVES * 10);

    const list = await timeAsync(() => call('reviews.list', { agentId, limit: 50, offset: 0 }), 500);
    const bareList = prepare(
      `SELECT s.id, s.status, a.name, s.occurred_at, s.score_rounded, s.band_label FROM scorecards s JOIN agents a ON a.id = s.agent_id
       WHERE s.agent_id = ? ORDER BY s.occurred_at DESC, s.id LIMIT 50`,
    );
    const rawList = time(() => bareList.all(agentId), 500);
    const unfiltered = await timeAsync(() => call('reviews.list', { limit: 50, offset: 0 }), 200);
    const bareUnfiltered = prepare(
      `SELECT s.id, s.status, a.name, s.occurred_at, s.score_rounded, s.band_label FROM scorecards s JOIN agents a ON a.id = s.agent_id
       ORDER BY s.occurred_at DESC, s.id LIMIT 50`,
    );
    const rawUnfiltered = time(() => bareUnfiltered.all(), 200);

    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = fs.statSync(service.databasePath).size;
    printRows(`Reviews: ${SCORECARDS.toLocaleString('en')} completed scorecards, 200 agents, two years; synchronous=FULL`, [
      { name: 'fill the database (one transaction, bench only)', value: generated.ms / 1000, unit: 's' },
      { name: `save one answer through the service, median of ${SAVES}`, value: save.median, unit: 'ms', limit: { label: 'bare prepared upsert, autocommit', value: rawSave.median } },
      { name: `save one answer through the service, p99 of ${SAVES}`, value: save.p99, unit: 'ms', limit: { label: 'bare prepared upsert, autocommit', value: rawSave.p99 } },
      { name: 'reviews list, first page of 50, one agent (median)', value: list.median, unit: 'ms', limit: { label: 'bare SELECT … LIMIT 50', value: rawList.median } },
      { name: 'reviews list, first page of 50, everyone (median)', value: unfiltered.median, unit: 'ms', limit: { label: 'bare SELECT … LIMIT 50', value: rawUnfiltered.median } },
      { name: 'database size', value: size / 1024 / 1024, unit: 'MiB' },
      {
        name: `one indexed read through the 40 ms slow-statement watch, median of ${SAVES * 10}`,
        value: watchedReads.median * 1000,
        unit: 'µs',
        limit: { label: 'the same read prepared without the watch', value: rawReads.median * 1000 },
      },
      { name: `statements over 40 ms while saving and listing (filling the database: ${slowWhileFilling})`, value: slow.length - slowWhileFilling, unit: '' },
    ]);
    console.log(
      '  synchronous=FULL: in WAL mode NORMAL can lose the last commits on power loss; FULL syncs the WAL at every commit, so an answer shown as saved survives a power cut.',
    );
  } finally {
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
