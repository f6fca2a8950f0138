import { createHash } from 'node:crypto';
import { serverKey, type WrittenRef } from '../../shared/sync/kinds';
import { decidePush, type Principal } from '../access/policy';
import { teamKey } from '../access/team';
import type { ServerContext } from '../context';
import type { NewDocument, WriteFacts } from '../store/documents';
import { refuse, type Answer } from '../http/answer';

const SHA256 = /^[0-9a-f]{64}$/;

/** What one pushed document says about itself, from a single push's headers or a batch's header line. */
export interface PushInput {
  bytes: Uint8Array;
  /** Callmark-Content-SHA256. */
  claimedSha256: string | undefined;
  idempotencyKey: string | undefined;
  kind: string;
  /** The single push's optional routing headers (Callmark-Document-Id…): any that is sent must name the document. */
  routing?: (name: string) => string | undefined;
}

export interface About {
  kind: string;
  documentId: string;
  revision: number;
  writer?: string;
}

/** A document that passed every check: what to store, and how to name it in the answer. */
export interface CheckedPush {
  doc: NewDocument;
  writeFacts: WriteFacts | null;
  about: About;
}

/**
 * Every check of a push before the store, from the cheapest to the dearest:
 * the body's SHA-256 against the claimed one, UTF-8, one line, the
 * Idempotency-Key present, the document itself (as the folder import checks
 * it, signature included), the key and routing headers against the
 * document, and the user's teams. The store then checks the reviewer binding
 * and the document's owner. The same checks for a single push and for each
 * document of a batch, so both refuse alike.
 */
export async function checkPush(ctx: ServerContext, who: Principal, input: PushInput): Promise<{ ok: true; push: CheckedPush } | { ok: false; answer: Answer }> {
  const no = (answer: Answer) => ({ ok: false as const, answer });
  const { claimedSha256: claimed } = input;
  if (!claimed || !SHA256.test(claimed)) {
    return no(refuse(400, 'content_hash_missing', 'Callmark-Content-SHA256 must be the lower-case hex SHA-256 of the body.'));
  }
  const bodySha256 = createHash('sha256').update(input.bytes).digest('hex');
  if (bodySha256 !== claimed) return no(refuse(400, 'content_hash_mismatch', 'Callmark-Content-SHA256 does not match the body: it was damaged on the way. Send it again.'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    return no(refuse(400, 'not_utf8', 'The body is not valid UTF-8.'));
  }
  // Canonical JSON is one line; pulls frame each stored body as one line (shared/team-server/pull.ts).
  if (/[\n\r]/.test(text)) return no(refuse(422, 'not_canonical', 'The body must be the document as canonical JSON, on one line, as Callmark sends it: it has line breaks.'));
  const key = input.idempotencyKey;
  if (!key) return no(refuse(400, 'idempotency_key_missing', 'Idempotency-Key is required: "<documentId>:r<revision>" for a scorecard, "<kind>:<documentId>:r<revision>[:<writer>]" for the other kinds.'));

  const found = await ctx.kinds.verify(input.kind, text);
  if (!found.ok) return no(refuse(422, found.reason, found.message));
  const { ref } = found;
  const about: About = { kind: ref.kind, documentId: ref.documentId, revision: ref.revision, ...(ref.writer ? { writer: ref.writer } : {}) };
  const expected = serverKey(found.kind, ref);
  if (key !== expected) {
    return no(refuse(400, 'idempotency_key_mismatch', `Idempotency-Key "${key}" does not name this document: expected "${expected}".`, { log: { ...about } }));
  }
  if (input.routing && !routingAgrees(input.routing, ref)) {
    return no(refuse(400, 'header_mismatch', 'Callmark-Document-Id, Callmark-Scorecard-Id, Callmark-Revision and Callmark-Writer-Install-Id must name the document in the body.', { log: { ...about } }));
  }
  let readerTeamKeys: readonly string[];
  if (found.team === null) {
    readerTeamKeys = who.teamKeys;
  } else {
    const allowed = decidePush(who, found.kind.noun, found.team, teamKey(found.team));
    if (!allowed.ok) return no(refuse(403, allowed.reason, allowed.message, { log: { ...about, team: found.team } }));
    readerTeamKeys = [teamKey(found.team)];
  }
  const { rule, document } = found;
  return {
    ok: true,
    push: {
      doc: { key: ref, bodySha256, body: text, authorId: found.authorId, team: found.team ?? '', readerTeamKeys, placedAt: found.placedAt, storedAt: ctx.now() },
      writeFacts: rule.writeFacts ? (db, stored) => rule.writeFacts!(db, stored, document, who.userId) : null,
      about,
    },
  };
}

/** The routing headers are optional; any that is sent must name the document in the body. */
function routingAgrees(header: (name: string) => string | undefined, ref: WrittenRef): boolean {
  const sent: [string, string][] = [
    ['callmark-document-id', ref.documentId],
    ['callmark-revision', String(ref.revision)],
    ['callmark-writer-install-id', ref.writer],
    ...(ref.kind === 'scorecard' ? ([['callmark-scorecard-id', ref.documentId]] as [string, string][]) : []),
  ];
  return sent.every(([name, value]) => {
    const given = header(name);
    return given === undefined || given === '' || given.toLowerCase() === value.toLowerCase();
  });
}
