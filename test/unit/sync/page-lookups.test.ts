import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../electron/services/db/open';
import { createDocumentsStore } from '../../../electron/services/sync/store/documents';
import { createImportedDocumentsStore, revisionKey } from '../../../electron/services/sync/store/imported-documents';
import { tempFolder } from '../../support/service';

/**
 * An import page's names are looked up in two queries (what this install wrote, what is already imported), not two
 * per file. Both must answer exactly what the per-file questions would, and must find rows by their key: a share of
 * 10 000 files read again once every row was imported took 3.7 s while the lookup compared every stored row with
 * every name, against 30 ms by key.
 */
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

function stores() {
  const o = openDatabase(tempFolder('callmark-page-lookups-'));
  opened.push(o);
  return { db: o.db, documents: createDocumentsStore(o.db), imported: createImportedDocumentsStore(o.db) };
}

const importedRow = (documentId: string, revision: number, writer = '') => ({
  ref: { kind: 'scorecard', documentId, revision, writer },
  contentHash: `hash-${documentId}-${revision}`,
  sourceId: 'share-1',
  targetId: 'target-1',
  relativePath: `2026/11/${documentId}.r${revision}.json`,
  originInstallId: 'install-b',
  body: '{}',
  importedAt: '2026-11-30T06:00:00.000Z',
  trust: 'unsigned' as const,
  signerKey: null,
});

const plan = (db: OpenedDatabase['db'], sql: string, params: Record<string, string>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('an import page looked up at once', () => {
  it('names every imported revision of the ids asked about, of that kind only, and nothing for ids not imported', () => {
    const { imported } = stores();
    imported.insert(importedRow('a', 1));
    imported.insert(importedRow('a', 2));
    imported.insert(importedRow('b', 1, 'install-c'));
    imported.insert(importedRow('z', 1));
    const found = imported.revisionsAmong('scorecard', ['a', 'b', 'c']);
    expect([...found].sort()).toEqual(
      [revisionKey({ documentId: 'a', revision: 1, writer: '' }), revisionKey({ documentId: 'a', revision: 2, writer: '' }), revisionKey({ documentId: 'b', revision: 1, writer: 'install-c' })].sort(),
    );
    // The per-file question agrees on each of them, and on one not imported.
    for (const [documentId, revision, writer] of [['a', 1, ''], ['a', 2, ''], ['b', 1, 'install-c'], ['b', 1, ''], ['c', 1, '']] as const) {
      expect(found.has(revisionKey({ documentId, revision, writer }))).toBe(imported.has({ kind: 'scorecard', documentId, revision, writer }));
    }
    expect(imported.revisionsAmong('coaching-session', ['a', 'b']).size).toBe(0);
    expect(imported.revisionsAmong('scorecard', []).size).toBe(0);
  });

  it('finds imported rows and frozen documents by their keys, the names outside, never every stored row against every name', () => {
    const o = openDatabase(tempFolder('callmark-page-lookups-'));
    opened.push(o);
    // The statements exactly as the stores prepare them.
    const prepared: string[] = [];
    const prepare = o.db.prepare.bind(o.db);
    o.db.prepare = ((sql: string) => (prepared.push(sql), prepare(sql))) as typeof o.db.prepare;
    createImportedDocumentsStore(o.db);
    createDocumentsStore(o.db);
    const lookups = prepared.filter((sql) => sql.includes('json_each(@ids)'));
    expect(lookups).toHaveLength(2);
    const [importedLookup, frozenLookup] = [lookups.find((sql) => sql.includes('imported_documents'))!, lookups.find((sql) => sql.includes('export_documents'))!];
    expect(plan(o.db, importedLookup, { ids: '["a"]', kind: 'scorecard' })).toMatch(/SCAN w.*SEARCH d USING (COVERING )?INDEX sqlite_autoindex_imported_documents_1 \(kind=\? AND document_id=\?\)/);
    expect(plan(o.db, frozenLookup, { ids: '["a"]', kind: 'scorecard' })).toMatch(/SCAN w.*SEARCH d (EXISTS )?USING (COVERING )?INDEX \w+ \(kind=\? AND document_id=\?\)/);
  });

  it('names the ids this install froze some revision of', () => {
    const { documents } = stores();
    const frozen = (documentId: string, revision: number) => ({
      kind: 'scorecard',
      documentId,
      revision,
      writer: '',
      relativePath: `2026/11/${documentId}.r${revision}.json`,
      body: '{}',
      contentHash: `h-${documentId}-${revision}`,
    });
    documents.insert(frozen('mine', 1), '2026-11-30T06:00:00.000Z', 'signed');
    documents.insert(frozen('mine', 2), '2026-11-30T06:00:00.000Z', 'signed');
    documents.insert(frozen('also-mine', 3), '2026-11-30T06:00:00.000Z', 'signed');
    expect([...documents.writtenHereAmong('scorecard', ['mine', 'theirs', 'also-mine'])].sort()).toEqual(['also-mine', 'mine']);
    expect(documents.writtenHereAmong('coaching-session', ['mine']).size).toBe(0);
    expect(documents.writtenHereAmong('scorecard', []).size).toBe(0);
  });
});
