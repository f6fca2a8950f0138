import { describe, expect, it } from 'vitest';
import { formatPushBatch, PUSH_BATCH_SUFFIX } from '../../shared/team-server/push-batch';
import { TeamServerError } from '../../shared/team-server/pull';
import { postBatch, sampleScorecard, scorecardDoc, type Doc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';

const MAX_BATCH_BYTES = 64 * 1024;

interface Case {
  name: string;
  send(t: TeamServerHandle, token: string, docs: Doc[]): Promise<Response>;
  status: number;
  error: string;
  message: RegExp;
}

const raw = (t: TeamServerHandle, token: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}${PUSH_BATCH_SUFFIX}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson', ...headers }, body });
const framed = (docs: Doc[]) => formatPushBatch(docs.map((d) => ({ kind: 'scorecard', idempotencyKey: `${d.scorecardId}:r${d.revision}`, bodySha256: d.bodySha256, body: d.body })))!;

const cases: Case[] = [
  { name: 'a single push content type', send: (t, token, docs) => postBatch(t.url, token, docs, 'application/json'), status: 415, error: 'wrong_content_type', message: /application\/x-ndjson/ },
  { name: 'no content type', send: (t, token, docs) => raw(t, token, framed(docs), { 'content-type': '' }), status: 415, error: 'wrong_content_type', message: /without a Content-Type/ },
  {
    name: 'a body over the batch limit',
    send: (t, token, docs) => postBatch(t.url, token, [...docs, ...Array.from({ length: 4 }, () => docs[0]!)]),
    status: 413,
    error: 'body_too_large',
    message: new RegExp(`${MAX_BATCH_BYTES} bytes`),
  },
  { name: 'more documents than the server takes', send: (t, token, docs) => postBatch(t.url, token, [docs[0]!, docs[1]!, docs[0]!]), status: 413, error: 'batch_too_large', message: /at most 2 per request/ },
  { name: 'an unknown token', send: (t, _token, docs) => postBatch(t.url, 'cmt_not-a-token-of-this-server', docs), status: 401, error: 'token_unknown', message: /not known/ },
  {
    name: 'a revoked token',
    send: async (t, _token, docs) => {
      const gone = await t.createUser('Gone', 'reviewer', ['North']);
      expect((await t.cli(['revoke-user', '--name', 'Gone'])).code).toBe(0);
      return postBatch(t.url, gone, docs);
    },
    status: 401,
    error: 'token_revoked',
    message: /was revoked/,
  },
  { name: 'a trailer counting other documents', send: (t, token, docs) => raw(t, token, framed(docs).replace('{"count":2}', '{"count":3}')), status: 400, error: 'batch_malformed', message: /holds 2 documents, not the 3/ },
  { name: 'a frame cut short', send: (t, token, docs) => raw(t, token, framed(docs).slice(0, -20)), status: 400, error: 'batch_malformed', message: /header line and a body line per document/ },
  { name: 'a header without its key', send: (t, token, docs) => raw(t, token, framed(docs).replace(/"idempotencyKey":"[^"]+",/, '')), status: 400, error: 'batch_malformed', message: /line 1 is not a document header \(idempotencyKey/ },
  { name: 'no document', send: (t, token) => raw(t, token, '{"count":0}\n'), status: 400, error: 'batch_empty', message: /no documents/ },
];

describe.skipIf(postgresMissing)('batch push, bad input: a clear status and message, nothing of the batch stored, the refusal logged', () => {
  const pg = teamServerCluster();

  it.each(cases)('$name → $status $error', async ({ send, status, error, message }) => {
    const t = await pg.open({ config: { batch: { maxDocuments: 2, maxBodyBytes: MAX_BATCH_BYTES } } });
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = [scorecardDoc(base), scorecardDoc(base)];

    const res = await send(t, token, docs);
    const text = await res.text();

    expect(res.status).toBe(status);
    const body = TeamServerError.parse(JSON.parse(text));
    expect(body.error).toBe(error);
    expect(body.message).toMatch(message);
    expect(await t.sql`SELECT document_id FROM documents`).toEqual([]);
    expect(await t.sql`SELECT document_id FROM document_owners`).toEqual([]);
    const refusals = t.refusals().filter((l) => l.reason === error);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ level: 'warn', status, message: body.message });
    expect(JSON.stringify(t.logs)).not.toContain(token);
  });
});
