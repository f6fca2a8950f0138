import type { Sql } from '../db/connect';
import { storeDocument, type StoreOutcome } from './documents';
import { storeNewDocuments, type BatchDocument } from './new-documents';

/**
 * Stores the documents of a batch push that passed their checks, each with
 * the outcome its single push would have had. The common ones (a first
 * revision by a bound reviewer, its document named once in the batch) go in
 * one statement (./new-documents.ts); every other one (a reviewer's first
 * push, a later revision, a repeat of a retried batch, a refusal, a race)
 * then goes through the single push's own store, one after the other in the
 * batch's order, so revisions of one document are decided as they would be
 * one request at a time.
 */
export async function storeBatch(sql: Sql, userId: string, items: readonly BatchDocument[]): Promise<StoreOutcome[]> {
  const named = new Map<string, number>();
  for (const { doc } of items) named.set(nameOf(doc), (named.get(nameOf(doc)) ?? 0) + 1);
  const common = items.filter(({ doc }) => named.get(nameOf(doc)) === 1);
  const seqs = await storeNewDocuments(sql, userId, common);
  const stored = new Map(common.map((item, n) => [item, seqs[n]]));
  const outcomes: StoreOutcome[] = [];
  for (const item of items) {
    const seq = stored.get(item);
    outcomes.push(seq ? { kind: 'stored', seq } : await storeDocument(sql, userId, item.doc, item.writeFacts));
  }
  return outcomes;
}

const nameOf = (doc: BatchDocument['doc']) => `${doc.key.kind}:${doc.key.documentId.toLowerCase()}`;
