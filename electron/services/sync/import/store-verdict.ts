import { recordedOutcome, type Importable, type Verdict } from '../../../../shared/sync/import-verdicts';
import { rosterKind, type RosterEntry } from '../../../../shared/sync/roster';
import { byTrust, rosterTag } from '../../../../shared/sync/trust';
import type { ImportedEvent } from '../../hooks';
import { sha256Hex } from '../export/sha256';
import { creatorKey, type FirstRevision } from '../store/imported-documents';
import type { ImportRunDeps } from './run';
import type { SourceEntry } from './source';

export interface Settled {
  entry: SourceEntry;
  verdict: Verdict;
}

/** What storing a batch learns as it goes: each document's first revision (who created it), and the events to hear. */
interface BatchFacts {
  creators: Map<string, FirstRevision>;
  heard: ImportedEvent[];
}

/**
 * Carries out a batch's settled verdicts in order, inside the batch's
 * transaction: an `import` is judged by who signed it (shared/sync/trust.ts)
 * against what is known at that moment (keys met and documents stored earlier
 * in the same batch included), then stored; every verdict that leaves a mark
 * is recorded. Returns the final verdicts, which are what the report counts,
 * and the stored documents' events, for the import hooks to hear together
 * (../../hooks.ts). `released` is called when a roster entry made earlier
 * skips worth reading again.
 */
export function createVerdictStore(deps: ImportRunDeps, sourceId: string, targetId: string, released: () => void) {
  // What is known of each writing install, looked up once per pass (a share holds thousands of documents of a few
  // installs) and forgotten whenever this pass learns something new about it.
  const installs = new Map<string, { trustedKey: string | null; who: string }>();
  const install = (installId: string) => {
    let known = installs.get(installId);
    if (!known) {
      const name = deps.keys.nameOf(installId);
      known = { trustedKey: deps.keys.trusted(installId)?.publicKey ?? null, who: name ? `${name}’s Callmark` : `the Callmark ${installId}` };
      installs.set(installId, known);
    }
    return known;
  };

  function importOne(entry: SourceEntry, verdict: Verdict & { verdict: 'import' }, at: string, batch: BatchFacts): Verdict {
    const doc: Importable = verdict.document;
    const { ref, signature, installId } = doc;
    const kind = deps.kinds.get(ref.kind);
    const roster = ref.kind === rosterKind.kind ? (doc.document as RosterEntry) : null;
    const { trustedKey, who } = install(installId);
    const decision = byTrust(
      { noun: kind.noun, documentId: ref.documentId, revision: ref.revision, installId, signature },
      {
        trustedKey,
        who,
        listedUnsigned: !signature.signed && trustedKey !== null && deps.keys.isListedUnsigned(installId, doc.contentHash),
        creator: batch.creators.get(creatorKey(ref))?.installId ?? null,
      },
    );
    const met = (publicKey: string) => ({ installId, publicKey, reviewerName: roster?.reviewerName ?? '', inRoster: roster !== null, at, sourceId });
    if (decision.verdict === 'refuse') {
      if (decision.otherKey) deps.keys.meetAgain(met(decision.otherKey));
      installs.delete(installId);
      return {
        verdict: 'skipped',
        reason: decision.reason,
        fingerprint: verdict.fingerprint,
        opened: true,
        contentSha256: sha256Hex(doc.asRead),
        retryTag: decision.retryTag,
      };
    }
    if (decision.trustKey) deps.keys.trustFirst(met(decision.trustKey));
    // Met again on its roster entry: the name and "in the roster" are kept (a document alone says neither).
    else if (roster) deps.keys.meetAgain(met(roster.publicKey));
    if (decision.trustKey || roster) installs.delete(installId);
    if (roster) {
      deps.keys.addUnsignedDocuments(installId, roster.unsignedDocuments);
      // Its unsigned documents refused before this list arrived are read again.
      if (deps.entries.retryTagged(rosterTag(installId)) > 0) released();
    }
    const from = { sourceId, targetId, relativePath: entry.relativePath };
    // ON CONFLICT in the insert dedupes two entries of one revision, even within one batch.
    const stored = deps.imported.insert({
      ref,
      contentHash: doc.contentHash,
      ...from,
      originInstallId: installId,
      body: doc.body,
      importedAt: at,
      trust: decision.trust,
      signerKey: signature.signed ? signature.publicKey : null,
    });
    if (stored) {
      // As the table now says: the first revision stored of a document names who created it.
      const first = batch.creators.get(creatorKey(ref));
      if (!first || ref.revision < first.revision) batch.creators.set(creatorKey(ref), { revision: ref.revision, installId });
      // A roster entry is sync's own business: features' hooks hear of documents only.
      if (!roster) batch.heard.push({ ref, document: doc.document, extra: doc.extra, installId, from, at });
    }
    return stored ? { verdict: 'imported', fingerprint: verdict.fingerprint, opened: true } : { verdict: 'duplicate', fingerprint: verdict.fingerprint, opened: true };
  }

  function storeOne({ entry, verdict }: Settled, at: string, batch: BatchFacts): Verdict {
    const final = verdict.verdict === 'import' ? importOne(entry, verdict, at, batch) : verdict;
    const outcome = recordedOutcome(final);
    // An imported file is remembered by its imported document (store/import-entries.ts).
    if (outcome === 'imported') deps.entries.forget(sourceId, entry.kind, entry.relativePath);
    else if (outcome) {
      const fingerprint = 'fingerprint' in final ? final.fingerprint : null;
      const skip = final.verdict === 'skipped' ? final : null;
      deps.entries.record(
        sourceId,
        {
          kind: entry.kind,
          relativePath: entry.relativePath,
          outcome,
          reason: skip?.reason ?? '',
          sizeBytes: fingerprint?.sizeBytes ?? null,
          mtimeMs: fingerprint?.mtimeMs ?? null,
          contentSha256: skip?.contentSha256 ?? null,
          retryTag: skip?.retryTag ?? null,
        },
        at,
      );
    }
    return final;
  }

  return (settled: readonly Settled[], at: string): { verdicts: Verdict[]; heard: ImportedEvent[] } => {
    // Who created each document, looked up for the whole batch in one query, then kept as this batch stores revisions.
    const batch: BatchFacts = { creators: deps.imported.firstRevisions(settled.flatMap(({ verdict }) => (verdict.verdict === 'import' ? [verdict.document.ref] : []))), heard: [] };
    return { verdicts: settled.map((s) => storeOne(s, at, batch)), heard: batch.heard };
  };
}
