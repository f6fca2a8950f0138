import { evidenceOf } from '../../../shared/coaching/evidence';
import type { ScorecardExport } from '../../../shared/export/schema';
import { scorecardKind } from '../../../shared/sync/kinds';
import type { CompletedEvent, ImportedEvent } from '../hooks';
import { createImportedReads } from '../reports/facts/imported-reads';
import { createLocalReads } from '../reports/facts/local-reads';
import type { CoachingDeps } from './deps';

/**
 * Keeps the evidence moments in step with the scorecards that count: in the
 * transaction that completes one here (hook `completed`, phase `react`, after
 * media made its notes final) or imports a colleague's (`imported`, `react`).
 * Calibration scorecards never count, as in reports.
 */
export function recordLocal(deps: CoachingDeps, scorecardId: string): void {
  const { repos } = deps;
  const scorecard = repos.scorecards.get(scorecardId);
  if (!scorecard || repos.scorecards.calibrationSessionOf(scorecardId)) return;
  const revision = scorecard.status === 'completed' ? scorecard.revision : scorecard.revision - 1;
  if (revision < 1) return;
  const template = repos.templates.getVersion(scorecard.templateVersionId);
  if (!template) return;
  // A completed scorecard's answers and notes are its revision's; a reopened one's are in that revision's snapshot.
  const answers = scorecard.status === 'completed' ? repos.answers.list(scorecardId) : (repos.revisions.get(scorecardId, revision)?.answers ?? []);
  const notes = scorecard.status === 'completed' ? deps.notes.list(scorecardId) : (deps.notes.atRevision(scorecardId, revision) ?? []);
  deps.evidence.record([{ scorecardId, revision, rows: evidenceOf({ scorecardId, template: template.content, answers, notes }) }]);
}

/** Colleagues' scorecards, in the order imported (one import batch, or the documents a rebuild reads). */
export function recordImported(deps: CoachingDeps, docs: Iterable<ScorecardExport>): void {
  const revisions = [];
  for (const doc of docs) {
    // A colleague's document never stands in for one of this install's scorecards, whatever id it claims.
    if (deps.repos.scorecards.get(doc.scorecardId)) continue;
    revisions.push({ scorecardId: doc.scorecardId, revision: doc.revision, rows: evidenceOf({ scorecardId: doc.scorecardId, template: doc.template.content, answers: doc.answers, notes: doc.notes }) });
  }
  deps.evidence.record(revisions);
}

export const evidenceHooks = (deps: CoachingDeps) => ({
  completed: ({ kind, documentId }: CompletedEvent) => {
    if (kind === scorecardKind.kind) recordLocal(deps, documentId);
  },
  imported: (events: readonly ImportedEvent[]) => {
    recordImported(
      deps,
      events.filter((e) => e.ref.kind === scorecardKind.kind).map((e) => e.document as ScorecardExport),
    );
  },
});

const REBUILD_CHUNK = 1000;

/** Every moment from scratch: at the first start after this version, and for benchmarks that fill a database directly. */
export function rebuildEvidence(deps: CoachingDeps): number {
  let scorecards = 0;
  deps.ctx.db.transaction(() => {
    deps.evidence.clear();
    for (const id of createLocalReads(deps.ctx.db).countedIds()) {
      recordLocal(deps, id);
      scorecards++;
    }
    // A thousand at a time, as an import batch: their moments are held in memory until recorded.
    const chunk: ScorecardExport[] = [];
    for (const doc of createImportedReads(deps.ctx.db).documents()) {
      chunk.push(doc);
      scorecards++;
      if (chunk.length === REBUILD_CHUNK) recordImported(deps, chunk.splice(0));
    }
    recordImported(deps, chunk);
  })();
  return scorecards;
}
