import type Database from 'better-sqlite3';
import { createHooks } from '../../../../electron/services/hooks';
import { createFolderSource } from '../../../../electron/services/sync/folder/source';
import type { ContentOffload } from '../../../../electron/services/sync/import/content-offload';
import { runImport } from '../../../../electron/services/sync/import/run';
import { scorecardProjection } from '../../../../electron/services/sync/kinds/scorecard';
import { createImportCursorsStore } from '../../../../electron/services/sync/store/import-cursors';
import { createImportEntriesStore } from '../../../../electron/services/sync/store/import-entries';
import { createImportedDocumentsStore } from '../../../../electron/services/sync/store/imported-documents';
import { createImportedScorecardsStore } from '../../../../electron/services/sync/store/imported-scorecards';
import { createInstallKeysStore } from '../../../../electron/services/sync/store/install-keys';
import { createVerifier } from '../../../../electron/services/sync/signing/ed25519';
import type { TargetView } from '../../../../shared/api/sync';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../../shared/sync/kinds';
import { rosterKind } from '../../../../shared/sync/roster';

/**
 * The import runner on a database of its own, reading a real share, for tests
 * that must act at one exact moment of a pass: `wroteHere` is asked about each
 * new document after the page is listed and before it is read. `offload`: documents are checked in that thread;
 * `batch`: documents stored per transaction.
 */
export function standaloneImport(db: Database.Database, target: TargetView, wroteHere: (documentId: string) => boolean, offload?: ContentOffload, batch?: number) {
  if (target.config.kind !== 'folder' || !target.shareId) throw new Error('a folder target is needed');
  const kinds = createKindRegistry([rosterKind, ...DOCUMENT_KINDS]);
  const hooks = createHooks();
  const entries = createImportEntriesStore(db);
  const importedScorecards = createImportedScorecardsStore(db);
  hooks.imported.on('project', scorecardProjection(importedScorecards));
  const source = createFolderSource({ root: target.config.path, shareId: target.shareId, kinds });
  const deps = {
    db,
    kinds,
    entries,
    imported: createImportedDocumentsStore(db),
    cursors: createImportCursorsStore(db),
    keys: createInstallKeysStore(db),
    verify: createVerifier(),
    writtenHere: (_kind: string, documentIds: readonly string[]) => new Set(documentIds.filter((id) => wroteHere(id))),
    hooks: hooks.imported,
    installId: '7e57e57e-1234-4abc-8def-0123456789ab',
    now: () => new Date().toISOString(),
    maxFileBytes: 1024 * 1024,
    ...(offload ? { offload } : {}),
    ...(batch ? { batch } : {}),
  };
  return { run: () => runImport(deps, source, target.id), entries, importedScorecards, sourceId: target.shareId };
}
