import { createHash } from 'node:crypto';
import type http from 'node:http';
import { serverKey, type WrittenRef } from '../../../shared/sync/kinds';
import { decidePush, type Principal } from '../../access/policy';
import { teamKey } from '../../access/team';
import type { ServerContext } from '../../context';
import { storeDocument, type StoreOutcome } from '../../store/documents';
import { ok, refuse, type Answer } from '../answer';
import { authenticate } from '../auth';
import { checkJsonContentType, declaredTooLarge, readBody } from '../body';
import type { Route } from '../route';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * POST /v1/documents: the README's "Server sync contract". Checks run from
 * the cheapest to the dearest, and nothing is stored unless all pass:
 * content type, size, token, rate, the body's SHA-256 against its header, the
 * document itself (as the folder import checks it), the Idempotency-Key
 * against the document, the user's teams, and in the store the reviewer
 * binding and the document's owner. 201 once stored (durably: after COMMIT),
 * 200 for a repeat with the same bytes, 409 for the same key with others.
 */
export function pushRoute(ctx: ServerContext): Route {
  return {
    method: 'POST',
    path: '/v1/documents',
    async handle(req) {
      const wrongType = checkJsonContentType(req.headers['content-type']);
      if (wrongType) return wrongType;
      const oversized = declaredTooLarge(req, ctx.config.maxBodyBytes);
      if (oversized) return oversized;
      const auth = await authenticate(ctx, req);
      if (!auth.ok) return auth.answer;
      const who = auth.principal;
      const body = await readBody(req, ctx.config.maxBodyBytes);
      if (!body.ok) return 'answer' in body ? withUser(body.answer, who) : refuse(400, 'body_incomplete', 'The connection closed before the whole body arrived.');
      return withUser(await receive(ctx, req, who, body.bytes), who);
    },
  };
}

async function receive(ctx: ServerContext, req: http.IncomingMessage, who: Principal, bytes: Buffer): Promise<Answer> {
  const claimed = header(req, 'callmark-content-sha256');
  if (!claimed || !SHA256.test(claimed)) {
    return refuse(400, 'content_hash_missing', 'Callmark-Content-SHA256 must be the lower-case hex SHA-256 of the body.');
  }
  const bodySha256 = createHash('sha256').update(bytes).digest('hex');
  if (bodySha256 !== claimed) return refuse(400, 'content_hash_mismatch', 'Callmark-Content-SHA256 does not match the body: it was damaged on the way. Send it again.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(400, 'not_utf8', 'The body is not valid UTF-8.');
  }
  // Canonical JSON is one line; pulls frame each stored body as one line (shared/team-server/pull.ts).
  if (/[\n\r]/.test(text)) return refuse(422, 'not_canonical', 'The body must be the document as canonical JSON, on one line, as Callmark sends it: it has line breaks.');
  const key = header(req, 'idempotency-key');
  if (!key) return refuse(400, 'idempotency_key_missing', 'Idempotency-Key is required: "<documentId>:r<revision>" for a scorecard, "<kind>:<documentId>:r<revision>[:<writer>]" for the other kinds.');

  // The published contract predates kinds: a push that names none is a scorecard.
  const found = await ctx.kinds.verify(header(req, 'callmark-document-kind') ?? 'scorecard', text);
  if (!found.ok) return refuse(422, found.reason, found.message);
  const { ref } = found;
  const about = { kind: ref.kind, documentId: ref.documentId, revision: ref.revision, ...(ref.writer ? { writer: ref.writer } : {}) };
  const expected = serverKey(found.kind, ref);
  if (key !== expected) {
    return refuse(400, 'idempotency_key_mismatch', `Idempotency-Key "${key}" does not name this document: expected "${expected}".`, { log: about });
  }
  if (!routingAgrees(req, ref)) {
    return refuse(400, 'header_mismatch', 'Callmark-Document-Id, Callmark-Scorecard-Id, Callmark-Revision and Callmark-Writer-Install-Id must name the document in the body.', { log: about });
  }
  let readerTeamKeys: readonly string[];
  if (found.team === null) {
    readerTeamKeys = who.teamKeys;
  } else {
    const allowed = decidePush(who, found.kind.noun, found.team, teamKey(found.team));
    if (!allowed.ok) return refuse(403, allowed.reason, allowed.message, { log: { ...about, team: found.team } });
    readerTeamKeys = [teamKey(found.team)];
  }

  const { rule, document } = found;
  const outcome = await storeDocument(
    ctx.sql,
    who.userId,
    { key: ref, bodySha256, body: text, authorId: found.authorId, team: found.team ?? '', readerTeamKeys, placedAt: found.placedAt, storedAt: ctx.now() },
    rule.writeFacts ? (db, stored) => rule.writeFacts!(db, stored, document, who.userId) : null,
  );
  return answerFor(outcome, about);
}

/** The routing headers are optional; any that is sent must name the document in the body. */
function routingAgrees(req: http.IncomingMessage, ref: WrittenRef): boolean {
  const sent: [string, string][] = [
    ['callmark-document-id', ref.documentId],
    ['callmark-revision', String(ref.revision)],
    ['callmark-writer-install-id', ref.writer],
    ...(ref.kind === 'scorecard' ? ([['callmark-scorecard-id', ref.documentId]] as [string, string][]) : []),
  ];
  return sent.every(([name, value]) => {
    const given = header(req, name);
    return given === undefined || given === '' || given.toLowerCase() === value.toLowerCase();
  });
}

function answerFor(outcome: StoreOutcome, about: { kind: string; documentId: string; revision: number }): Answer {
  const what = `revision ${about.revision} of ${about.kind} ${about.documentId}`;
  switch (outcome.kind) {
    case 'stored':
      return ok(201, { status: 'stored', ...about }, about);
    case 'already_stored':
      return ok(200, { status: 'already_stored', ...about }, about);
    case 'different_content':
      return refuse(409, 'different_content', `This server already holds ${what} with different content.`, { log: about });
    case 'author_bound_to_other':
      return refuse(403, 'reviewer_not_you', `The document's reviewer pushes as "${outcome.userName}" on this server: only their own token may push in their name.`, { log: about });
    case 'owned_by_other':
      return refuse(403, 'revision_from_another_author', `This server holds earlier revisions of ${about.kind} ${about.documentId} from "${outcome.userName}": only they may push its revisions.`, { log: about });
    case 'unstorable_json':
      return refuse(422, 'unstorable_json', `PostgreSQL cannot store this document as JSON (${outcome.message}).`, { log: about });
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const withUser = (answer: Answer, who: Principal): Answer => ({ ...answer, log: { user: who.name, ...answer.log } });
