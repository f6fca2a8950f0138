import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallmarkService } from '../electron/services';
import type { OutgoingItem } from '../electron/services/sync/delivery';
import { prepareUnwatched } from '../electron/services/db/slow-statements';
import { createServerTarget } from '../electron/services/sync/server/target';
import { createKindRegistry, DOCUMENT_KINDS, scorecardKind } from '../shared/sync/kinds';
import { dispatch } from '../shared/api/dispatch';
import { ServerTargetConfig } from '../shared/schemas/server-target';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../shared/templates/builtin';
import { canonicalJson } from '../shared/util/canonical-json';
import { startCallmarkServer } from '../test/support/callmark-server';
import { generateScorecards } from './generate/scorecards';
import { once, onceAsync, printRows } from './harness';

const DOCUMENTS = Number(process.env.CALLMARK_BENCH_SERVER_DOCS ?? 10_000);
const CSV_SCORECARDS = Number(process.env.CALLMARK_BENCH_CSV_SCORECARDS ?? 10_000);
const TOKEN = 'bench-token-0123456789abcdef';

/**
 * Issue 4's server and CSV figures. Sending: DOCUMENTS real export documents
 * to a loopback server that meets the contract (checks the token, the content
 * hash and the idempotency key, stores each once), one after another as the
 * outbox sends them, beside plain fetch POSTs of the same bytes to the same
 * server in the same run. CSV: a full export of CSV_SCORECARDS scorecards in
 * chunks, beside a bare SELECT of the same rows and answers.
 */
export async function benchServerSync(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-bench-server-'));
  const service = createCallmarkService({ dataFolder: folder });
  const call = async (name: Parameters<typeof dispatch>[1], input: unknown) => {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value;
  };
  const server = await startCallmarkServer({ token: TOKEN, light: true });
  try {
    const documents = await realDocuments(call, DOCUMENTS);
    const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.body), 0);

    // Warm both paths (connection pool, JIT) on documents that are not measured.
    const target = createServerTarget(ServerTargetConfig.parse({ kind: 'server', url: server.url }), async () => TOKEN, createKindRegistry(DOCUMENT_KINDS));
    const never = new AbortController().signal;
    for (const d of await realDocuments(call, 50)) await target.deliver(d, never);

    const viaTarget = async (batch: OutgoingItem[]) => {
      for (const d of batch) {
        const outcome = await target.deliver(d, never);
        if (outcome.kind !== 'delivered') throw new Error(`bench: not delivered: ${JSON.stringify(outcome)}`);
      }
    };
    const viaFetch = async (batch: OutgoingItem[]) => {
      for (const d of batch) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${TOKEN}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': `raw:${d.documentId}`,
            'Callmark-Content-SHA256': d.contentHash,
          },
          body: d.body,
        });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`bench: raw POST answered ${response.status}`);
      }
    };
    // Interleaved batches, alternating which goes first, so drift on a busy machine (JIT, GC, neighbours) hits both alike.
    const sent = { ms: 0 };
    const raw = { ms: 0 };
    const BATCHES = 10;
    for (let b = 0; b < BATCHES; b++) {
      const batch = documents.slice((b * documents.length) / BATCHES, ((b + 1) * documents.length) / BATCHES);
      const order = b % 2 === 0 ? ([[viaTarget, sent], [viaFetch, raw]] as const) : ([[viaFetch, raw], [viaTarget, sent]] as const);
      for (const [run, total] of order) total.ms += (await onceAsync(() => run(batch))).ms;
    }
    if (server.storeEvents.length !== 50 + 2 * DOCUMENTS) throw new Error('bench: the server did not store every document once');

    // CSV: a database of CSV_SCORECARDS completed scorecards.
    const reviewer = (await call('reviewer.setName', { name: 'Bench Reviewer' })) as { id: string; name: string };
    once(() => generateScorecards(service.context.db, { scorecards: CSV_SCORECARDS, agents: 200, days: 365, reviewer }));
    const exportAll = async (kind: 'scorecards' | 'answers') => {
      let cursor: string | undefined;
      let size = 0;
      let rows = 0;
      do {
        const chunk = (await call('export.csv', { kind, ...(cursor ? { cursor } : {}) })) as { text: string; rows: number; nextCursor: string | null };
        size += chunk.text.length;
        rows += chunk.rows;
        cursor = chunk.nextCursor ?? undefined;
      } while (cursor);
      return { size, rows };
    };
    await exportAll('scorecards'); // warm
    const csvScorecards = await onceAsync(() => exportAll('scorecards'));
    const csvAnswers = await onceAsync(() => exportAll('answers'));
    // Raw limits are prepared without the slow-statement watch, so they measure SQLite alone.
    const prepare = prepareUnwatched(service.context.db);
    const bareRows = prepare(
      `SELECT s.*, a.name, a.team, i.channel, i.reference FROM scorecards s JOIN agents a ON a.id = s.agent_id JOIN interactions i ON i.id = s.interaction_id
       ORDER BY s.occurred_at, s.id`,
    );
    const bareAnswers = prepare('SELECT scorecard_id, element_id, value, comment FROM answers');
    const rawScorecards = once(() => bareRows.all().length);
    const rawAnswers = once(() => bareRows.all().length + bareAnswers.all().length);

    const n = DOCUMENTS;
    printRows(`Server sync: ${n.toLocaleString('en')} export documents (${(bytes / n / 1024).toFixed(1)} KiB each) to a loopback server, one at a time`, [
      { name: `send ${n.toLocaleString('en')} through the server target (total)`, value: sent.ms / 1000, unit: 's', limit: { label: 'plain fetch POST of the same bytes', value: raw.ms / 1000 } },
      { name: 'per document', value: sent.ms / n, unit: 'ms', limit: { label: 'plain fetch POST', value: raw.ms / n } },
      { name: 'throughput', value: n / (sent.ms / 1000), unit: 'documents/s' },
    ]);
    console.log('  The target adds per attempt: reading the token, SHA-256 of the body, a timeout signal, and classifying the answer.');
    printRows(`CSV export: ${CSV_SCORECARDS.toLocaleString('en')} completed scorecards, chunks of 2 000, every score recomputed by the engine`, [
      { name: `one row per scorecard (${csvScorecards.value.rows.toLocaleString('en')} rows, ${(csvScorecards.value.size / 1024 / 1024).toFixed(1)} MiB)`, value: csvScorecards.ms / 1000, unit: 's', limit: { label: 'bare SELECT of the same rows', value: rawScorecards.ms / 1000 } },
      { name: `one row per answer (${csvAnswers.value.rows.toLocaleString('en')} rows, ${(csvAnswers.value.size / 1024 / 1024).toFixed(1)} MiB)`, value: csvAnswers.ms / 1000, unit: 's', limit: { label: 'bare SELECT of the rows and answers', value: rawAnswers.ms / 1000 } },
    ]);
    console.log('  CSV time is the scoring engine (exact fractions) and cell escaping; the bare SELECT neither scores nor formats.');
  } finally {
    await server.close();
    await service.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Real export documents: one completed scorecard's document as the outbox
 * freezes it, with a fresh scorecard id each (its inner contentHash then no
 * longer matches; the bench server, like the contract, checks the header's
 * hash of the bytes, not the document's own).
 */
async function realDocuments(call: (name: Parameters<typeof dispatch>[1], input: unknown) => Promise<unknown>, count: number): Promise<OutgoingItem[]> {
  const template = await sampleDocument(call);
  const out: OutgoingItem[] = [];
  for (let i = 0; i < count; i++) {
    const scorecardId = randomUUID();
    const body = canonicalJson({ ...template, scorecardId });
    out.push({ kind: scorecardKind.kind, documentId: scorecardId, revision: 1, writer: '', body, contentHash: createHash('sha256').update(body).digest('hex'), relativePath: `2026/11/${scorecardId}.r1.json` });
  }
  return out;
}

let sample: Record<string, unknown> | null = null;
async function sampleDocument(call: (name: Parameters<typeof dispatch>[1], input: unknown) => Promise<unknown>): Promise<Record<string, unknown>> {
  if (sample) return sample;
  await call('reviewer.setName', { name: 'Bench Reviewer' });
  const agent = (await call('agents.create', { name: 'Ada Agent', team: 'North' })) as { id: string };
  const detail = (await call('reviews.create', {
    agentId: agent.id,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-02T10:00:00Z', reference: 'CALL-1' },
  })) as { scorecard: { id: string } };
  const elementIds = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));
  for (const [i, elementId] of elementIds.entries()) {
    await call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId, value: i % 7 === 0 ? 'not_met' : 'met' });
    if (i % 7 === 0) await call('reviews.setComment', { scorecardId: detail.scorecard.id, elementId, text: 'Missed: see the call at 01:23.' });
  }
  await call('reviews.complete', { scorecardId: detail.scorecard.id });
  sample = (await call('sync.exportPreview', { scorecardId: detail.scorecard.id })) as Record<string, unknown>;
  return sample;
}
