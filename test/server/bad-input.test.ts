import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { sha256Hex as sha256 } from '../../electron/services/sync/export/sha256';
import { TeamServerError } from '../../shared/team-server/pull';
import { canonicalJson } from '../../shared/util/canonical-json';
import { pushHeaders, sampleScorecard, scorecardDoc, type Doc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';

const MAX = 64 * 1024;

interface Case {
  name: string;
  send: (ctx: { t: TeamServerHandle; rita: string; doc: Doc; base: Record<string, unknown> }) => Promise<{ status: number; text: string }>;
  status: number;
  error: string;
  message: RegExp;
}

const post = async (url: string, headers: Record<string, string>, body: string) => {
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
};

/** A body sent in chunks with no Content-Length, so only counting the bytes can stop it. */
const streamed = (url: string, headers: Record<string, string>, size: number) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(8192, 0x20);
    for (let sent = 0; sent < size; sent += chunk.length) req.write(chunk);
    req.end();
  });

const cases: Case[] = [
  {
    name: 'a Content-Length over the limit',
    send: ({ t, rita, doc }) => post(t.url, pushHeaders(rita, doc), doc.body + ' '.repeat(MAX)),
    status: 413,
    error: 'body_too_large',
    message: /larger than this server accepts \(65536 bytes\)/,
  },
  {
    name: 'a streamed body that grows over the limit',
    send: ({ t, rita, doc }) => streamed(t.url, pushHeaders(rita, doc), 4 * MAX),
    status: 413,
    error: 'body_too_large',
    message: /larger than this server accepts/,
  },
  {
    name: 'text/plain',
    send: ({ t, rita, doc }) => post(t.url, { ...pushHeaders(rita, doc), 'content-type': 'text/plain' }, doc.body),
    status: 415,
    error: 'wrong_content_type',
    message: /must be sent as "application\/json; charset=utf-8", not "text\/plain"/,
  },
  {
    name: 'JSON in another charset',
    send: ({ t, rita, doc }) => post(t.url, { ...pushHeaders(rita, doc), 'content-type': 'application/json; charset=iso-8859-1' }, doc.body),
    status: 415,
    error: 'wrong_content_type',
    message: /iso-8859-1/,
  },
  {
    name: 'a body damaged on the way (Callmark-Content-SHA256 differs)',
    send: ({ t, rita, doc }) => post(t.url, pushHeaders(rita, doc), doc.body.replace('Ada Agent', 'Ada Agenz')),
    status: 400,
    error: 'content_hash_mismatch',
    message: /does not match the body/,
  },
  {
    name: 'no Callmark-Content-SHA256',
    send: ({ t, rita, doc }) => post(t.url, { ...pushHeaders(rita, doc), 'callmark-content-sha256': '' }, doc.body),
    status: 400,
    error: 'content_hash_missing',
    message: /lower-case hex SHA-256/,
  },
  {
    name: 'no Idempotency-Key',
    send: ({ t, rita, doc }) => post(t.url, { ...pushHeaders(rita, doc), 'idempotency-key': '' }, doc.body),
    status: 400,
    error: 'idempotency_key_missing',
    message: /Idempotency-Key is required/,
  },
  {
    name: 'an Idempotency-Key naming another revision',
    send: ({ t, rita, doc }) => post(t.url, { ...pushHeaders(rita, doc), 'idempotency-key': `${doc.scorecardId}:r2` }, doc.body),
    status: 400,
    error: 'idempotency_key_mismatch',
    message: /does not name this document/,
  },
  {
    name: 'a body that is not JSON',
    send: ({ t, rita }) => sendText(t, rita, '{"format":"callmark.scorecard",'),
    status: 422,
    error: 'not_json',
    message: /not complete JSON/,
  },
  {
    name: 'a body that is not canonical JSON (pretty-printed)',
    send: ({ t, rita, doc }) => sendText(t, rita, JSON.stringify(JSON.parse(doc.body), null, 2)),
    status: 422,
    error: 'not_canonical',
    message: /canonical JSON, on one line/,
  },
  {
    name: 'a document that fails the schema (the field is named)',
    send: ({ t, rita, base }) => sendDoc(t, rita, scorecardDoc(base, { patch: { completedAt: 'yesterday' } })),
    status: 422,
    error: 'wrong_schema',
    message: /completedAt: must be an ISO date-time/,
  },
  {
    name: 'a document edited after export (its content hash no longer matches)',
    send: ({ t, rita, doc }) => sendText(t, rita, doc.body.replace('"Ada Agent"', '"Eve Edited"')),
    status: 422,
    error: 'hash_mismatch',
    message: /changed after it was exported/,
  },
  {
    name: 'an embedded template that is not the version its hash names',
    send: ({ t, rita, base }) => {
      const template = base.template as { content: { name: string } };
      return sendDoc(t, rita, scorecardDoc(base, { patch: { template: { ...template, content: { ...template.content, name: 'Forged' } } } }));
    },
    status: 422,
    error: 'template_mismatch',
    message: /embedded template does not match/,
  },
  {
    name: 'a signature that does not hold: the content changed after signing, its hash made again',
    send: ({ t, rita, doc }) => {
      const { contentHash: _, ...signed } = JSON.parse(doc.body) as Record<string, unknown> & { answers: { comment: string }[] };
      const forged = { ...signed, answers: signed.answers.map((a, i) => (i === 0 ? { ...a, comment: 'Changed after signing' } : a)) };
      return sendText(t, rita, canonicalJson({ ...forged, contentHash: sha256(canonicalJson(forged)) }));
    },
    status: 422,
    error: 'signature_invalid',
    message: /^The scorecard was not accepted: its signature does not verify: it was changed after it was signed/,
  },
  {
    name: 'a newer format version',
    send: ({ t, rita, base }) => sendDoc(t, rita, scorecardDoc(base, { patch: { formatVersion: 99 } })),
    status: 422,
    error: 'newer_format',
    message: /newer Callmark \(format version 99/,
  },
  {
    name: 'a document of no known kind',
    send: ({ t, rita, doc }) => post(t.url, { ...pushHeaders(rita, doc), 'callmark-document-kind': 'poem' }, doc.body),
    status: 422,
    error: 'unknown_kind',
    message: /does not accept documents of kind "poem"\. It accepts: scorecard, template, calibration-session/,
  },
  {
    name: 'a document that is not of the kind it is sent as',
    send: ({ t, rita, base }) => sendDoc(t, rita, scorecardDoc(base, { patch: { format: 'callmark.poem' } })),
    status: 422,
    error: 'wrong_format',
    message: /not a Callmark scorecard export \(its format is callmark\.poem\)/,
  },
  {
    name: 'a comment PostgreSQL cannot keep as JSON (\\u0000)',
    send: ({ t, rita, base }) => {
      const answers = (base.answers as { comment: string }[]).map((a, i) => (i === 0 ? { ...a, comment: 'nul\u0000here' } : a));
      return sendDoc(t, rita, scorecardDoc(base, { patch: { answers } }));
    },
    status: 422,
    error: 'unstorable_json',
    message: /cannot store this document as JSON/,
  },
  {
    name: 'no token',
    send: ({ t, doc }) => post(t.url, withoutAuth(pushHeaders('x', doc)), doc.body),
    status: 401,
    error: 'token_missing',
    message: /bearer token is required/,
  },
  {
    name: 'an unknown token',
    send: ({ t, doc }) => post(t.url, pushHeaders('cmt_not-a-token-of-this-server', doc), doc.body),
    status: 401,
    error: 'token_unknown',
    message: /not known to this server/,
  },
  {
    name: 'a revoked token',
    send: async ({ t, doc }) => {
      const gone = await t.createUser('Gone Reviewer', 'reviewer', ['North']);
      expect((await t.cli(['revoke-user', '--name', 'Gone Reviewer'])).code).toBe(0);
      return post(t.url, pushHeaders(gone, doc), doc.body);
    },
    status: 401,
    error: 'token_revoked',
    message: /was revoked/,
  },
  {
    name: 'a revision from another author',
    send: async ({ t, rita, base }) => {
      const first = scorecardDoc(base);
      expect((await sendDoc(t, rita, first)).status).toBe(201);
      const sam = await t.createUser('Sam', 'reviewer', ['North']);
      return sendDoc(t, sam, scorecardDoc(base, { scorecardId: first.scorecardId, revision: 2, reviewer: { id: crypto.randomUUID(), name: 'Sam' } }));
    },
    status: 403,
    error: 'revision_from_another_author',
    message: /earlier revisions of scorecard .* from "Rita"/,
  },
  {
    name: "a document in another user's reviewer's name",
    send: async ({ t, rita, base }) => {
      expect((await sendDoc(t, rita, scorecardDoc(base))).status).toBe(201); // binds the sample's reviewer to Rita
      const sam = await t.createUser('Sam', 'reviewer', ['North']);
      return sendDoc(t, sam, scorecardDoc(base));
    },
    status: 403,
    error: 'reviewer_not_you',
    message: /pushes as "Rita" on this server/,
  },
  {
    name: 'a pull with a cursor from the future',
    send: async ({ t, rita }) => get(t, rita, `?since=${Buffer.from('c1:4242:0123456789abcdef').toString('base64url')}`),
    status: 400,
    error: 'cursor_from_future',
    message: /points past everything this server holds/,
  },
  {
    name: 'a pull with a cursor this server never issues',
    send: async ({ t, rita }) => get(t, rita, '?since=not-a-cursor'),
    status: 400,
    error: 'cursor_invalid',
    message: /not one this server issues/,
  },
  {
    name: 'a pull with a limit out of range',
    send: async ({ t, rita }) => get(t, rita, '?limit=0'),
    status: 400,
    error: 'invalid_query',
    message: /limit/,
  },
];

const sendDoc = (t: TeamServerHandle, token: string, doc: Doc) => post(t.url, pushHeaders(token, doc), doc.body);
/** Text sent with honest headers (its own hash, a key naming the sample), so only the document check can refuse it. */
const sendText = (t: TeamServerHandle, token: string, text: string) => {
  const id = /"scorecardId":"([^"]+)"/.exec(text)?.[1] ?? crypto.randomUUID();
  const bodySha256 = sha256(text);
  return post(t.url, pushHeaders(token, { scorecardId: id, revision: 1, body: text, bodySha256 }), text);
};
const get = async (t: TeamServerHandle, token: string, query: string) => {
  const res = await fetch(`${t.url}${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
};
const withoutAuth = ({ authorization: _drop, ...rest }: Record<string, string>) => rest;

describe.skipIf(postgresMissing)('bad input: a clear status and message, nothing stored, the refusal logged with its reason', () => {
  const pg = teamServerCluster();

  it.each(cases)('$name → $status $error', async ({ send, status, error, message }) => {
    const t = await pg.open({ config: { maxBodyBytes: MAX } });
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const doc = scorecardDoc(base);
    const before = await t.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM documents`;

    const answer = await send({ t, rita, doc, base });

    expect(answer.status).toBe(status);
    const body = TeamServerError.parse(JSON.parse(answer.text));
    expect(body.error).toBe(error);
    expect(body.message).toMatch(message);
    expect(answer.text).not.toContain(rita);
    const after = await t.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM documents`;
    // Only a setup push (the earlier revision, the first binding) is there; the refused one is not.
    expect(after[0]!.n - before[0]!.n).toBe(status === 403 && error !== 'team_not_yours' ? 1 : 0);
    const refusals = t.refusals().filter((l) => l.reason === error);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ level: 'warn', status, message: body.message });
    expect(JSON.stringify(t.logs)).not.toContain(rita);
  });
});
