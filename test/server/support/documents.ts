import { randomUUID } from 'node:crypto';
import { newKeyPair, signerOf } from '../../../electron/services/sync/signing/ed25519';
import { signDocumentText } from '../../../shared/sync/signature';
import { formatPushBatch, PUSH_BATCH_CONTENT_TYPE, PUSH_BATCH_SUFFIX } from '../../../shared/team-server/push-batch';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { answerAll, draftReview, openService, tempFolder } from '../../support/service';
import { sha256Hex as sha256 } from '../../../electron/services/sync/export/sha256';


let sample: Promise<Record<string, unknown>> | null = null;
/** Signs the variants as the sample's install would: one key per process. */
const installKey = signerOf(newKeyPair().privateKey);

/**
 * One real export document, made by the desktop backend (a draft of the
 * built-in scorecard, answered, completed, exported), made once per process.
 */
export function sampleScorecard(): Promise<Record<string, unknown>> {
  sample ??= (async () => {
    const s = openService(tempFolder('callmark-server-sample-'));
    try {
      const { detail } = await draftReview(s);
      await answerAll(s, detail.scorecard.id, detail.template.content.sections.flatMap((x) => x.elements.map((e) => e.id)), 3);
      await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
      return (await s.call('sync.exportPreview', { scorecardId: detail.scorecard.id })) as unknown as Record<string, unknown>;
    } finally {
      await s.close();
    }
  })();
  return sample;
}

export interface Variant {
  scorecardId?: string;
  revision?: number;
  reviewer?: { id: string; name: string };
  team?: string;
  completedAt?: string;
  /** Any other top-level fields to replace. */
  patch?: Record<string, unknown>;
}

export interface Doc {
  scorecardId: string;
  revision: number;
  body: string;
  bodySha256: string;
}

/** A valid scorecard document: the sample with other ids, reviewer or team, its content hash made again and signed again. */
export function scorecardDoc(base: Record<string, unknown>, v: Variant = {}): Doc {
  const scorecardId = v.scorecardId ?? randomUUID();
  const revision = v.revision ?? 1;
  const agent = base.agent as Record<string, unknown>;
  const { contentHash: _old, signature: _unsigned, ...rest } = {
    ...base,
    scorecardId,
    revision,
    revisionReason: revision > 1 ? `Revision ${revision}` : null,
    ...(v.reviewer ? { reviewer: v.reviewer } : {}),
    ...(v.completedAt ? { completedAt: v.completedAt } : {}),
    agent: v.team === undefined ? agent : { ...agent, team: v.team },
    ...v.patch,
  } as Record<string, unknown>;
  const built = canonicalJson({ ...rest, contentHash: sha256(canonicalJson(rest)) });
  const body = signDocumentText('scorecard', built, installKey, sha256).text;
  return { scorecardId, revision, body, bodySha256: sha256(body) };
}

/** The headers the desktop's server target sends with a document. */
export function pushHeaders(token: string, doc: Doc): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json; charset=utf-8',
    'idempotency-key': `${doc.scorecardId}:r${doc.revision}`,
    'callmark-content-sha256': doc.bodySha256,
    'callmark-scorecard-id': doc.scorecardId,
    'callmark-revision': String(doc.revision),
  };
}

/** POSTs a document to a push URL as the desktop's server target does. */
export const postDoc = (url: string, token: string, doc: Doc) => fetch(url, { method: 'POST', headers: pushHeaders(token, doc), body: doc.body });

/** POSTs scorecard documents as one batch (`<push URL>/batch`), with the headers the desktop's server target sends. */
export const postBatch = (url: string, token: string, docs: readonly Doc[], contentType = `${PUSH_BATCH_CONTENT_TYPE}; charset=utf-8`) =>
  fetch(`${url}${PUSH_BATCH_SUFFIX}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: formatPushBatch(docs.map((d) => ({ kind: 'scorecard', idempotencyKey: `${d.scorecardId}:r${d.revision}`, bodySha256: d.bodySha256, body: d.body })))!,
  });
