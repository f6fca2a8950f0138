import { describe, expect, it } from 'vitest';
import type { ImportSource, Listing, SourceEntry } from '../../../electron/services/sync/import/source';
import { createDocumentsStore } from '../../../electron/services/sync/store/documents';
import type { StoredTarget } from '../../../electron/services/sync/store/targets';
import { scorecardKind } from '../../../shared/sync/kinds';
import { reviewersClosedAfterEach, type Reviewer } from './support/reviewer';
import { importedSeenBy, refKey } from './support/test-note-kind';

/**
 * The ImportSource contract, written against as a team server's pull will be:
 * pages of entries after a `since` cursor, the cursor saved with the page it
 * ends, every document imported once whatever the source repeats.
 */
const reviewer = reviewersClosedAfterEach();

interface Served {
  entry: SourceEntry;
  text: string;
}

/** A pull source that serves `docs` two at a time, the cursor being the index of the next one. */
function pagedSource(sourceId: string, docs: Served[]) {
  const asked: (string | null)[] = [];
  const failing = new Set<number>();
  const source: ImportSource = {
    sourceId,
    problem: async () => null,
    async list(since): Promise<Listing> {
      asked.push(since);
      const start = since === null ? 0 : Number(since);
      if (failing.delete(start)) return { ok: false, message: 'the server answered 503' };
      const page = docs.slice(start, start + 2);
      const next = start + page.length;
      return { ok: true, entries: page.map((d) => d.entry), next: String(next), more: next < docs.length };
    },
    async read(entry) {
      const served = docs.find((d) => d.entry.name === entry.name)!;
      return { kind: 'read', text: served.text, fingerprint: { sizeBytes: served.text.length, mtimeMs: 0 } };
    },
    fingerprint: async () => null,
    explain: async (_entry, error) => ({ reason: String(error), fingerprint: null }),
    tidy: async () => false,
  };
  return { source, asked, failAt: (index: number) => failing.add(index) };
}

async function ritasDocuments(count: number): Promise<Served[]> {
  const rita = await reviewer('Rita Reviewer');
  const documents = createDocumentsStore(rita.service.context.db);
  return (await rita.complete(count)).map((id) => {
    const item = documents.get({ kind: scorecardKind.kind, documentId: id, revision: 1 })!;
    return { entry: { kind: item.kind, relativePath: `${id}.r1.json`, name: `${id}.r1.json` }, text: item.body };
  });
}

async function samWith(docs: Served[]): Promise<{ sam: Reviewer; target: StoredTarget['id']; paged: ReturnType<typeof pagedSource> }> {
  let paged: ReturnType<typeof pagedSource> | null = null;
  const sam = await reviewer('Sam Second', undefined, {
    modules: { sync: { importSourceFor: (t) => (t.config.kind === 'server' ? (paged ??= pagedSource(t.id, docs)).source : null) } },
  });
  const target = await sam.call('sync.targets.add', { name: 'Team server', config: { kind: 'server', url: 'https://callmark.example/team', timeoutMs: 5000 } });
  return {
    sam,
    target: target.id,
    get paged() {
      if (!paged) throw new Error('the source was not asked for yet');
      return paged;
    },
  };
}

describe('an import source that pages with a cursor', () => {
  it('reads every page once, resumes after the saved cursor, and reads only what came since', async () => {
    const docs = await ritasDocuments(5);
    const served = docs.slice(0, 3);
    const t = await samWith(served);
    const seen = importedSeenBy(t.sam.service);

    expect(await t.sam.call('sync.import', { targetId: t.target })).toMatchObject({ outcome: 'done', listed: 3, read: 3, imported: 3 });
    expect(t.paged.asked).toEqual([null, '2']);
    expect(await t.sam.call('sync.import', { targetId: t.target })).toMatchObject({ outcome: 'done', listed: 0, read: 0, imported: 0 });
    expect(t.paged.asked.at(-1)).toBe('3');

    served.push(docs[3]!, docs[4]!);
    expect(await t.sam.call('sync.import', { targetId: t.target })).toMatchObject({ outcome: 'done', listed: 2, imported: 2 });
    expect(seen.map((e) => refKey(e.ref)).sort()).toEqual(docs.map((d) => refKey({ kind: 'scorecard', documentId: d.entry.name.slice(0, 36), revision: 1, writer: '' })).sort());
    expect((await t.sam.call('sync.imported.list', { targetId: t.target })).total).toBe(5);
  });

  it('keeps the pages before a failure, and the next pass starts after the last saved one', async () => {
    const docs = await ritasDocuments(5);
    const t = await samWith(docs);
    const seen = importedSeenBy(t.sam.service);
    expect(await t.sam.call('sync.import.lastReport', { targetId: t.target })).toBeNull();
    t.paged.failAt(4);
    const failed = await t.sam.call('sync.import', { targetId: t.target });
    expect(failed).toMatchObject({ outcome: 'error', message: 'The import stopped: the server answered 503', listed: 4, imported: 4 });
    expect(await t.sam.call('sync.import', { targetId: t.target })).toMatchObject({ outcome: 'done', listed: 1, imported: 1 });
    expect(t.paged.asked).toEqual([null, '2', '4', '4']);
    expect(seen).toHaveLength(5);
    expect((await t.sam.call('sync.import.lastReport', { targetId: t.target }))?.imported).toBe(1);
  });

  it('stores nothing twice when the source sends again what it sent before', async () => {
    const docs = await ritasDocuments(2);
    const t = await samWith([...docs, ...docs]);
    const seen = importedSeenBy(t.sam.service);
    expect(await t.sam.call('sync.import', { targetId: t.target })).toMatchObject({ outcome: 'done', listed: 4, imported: 2, duplicates: 2 });
    expect(seen).toHaveLength(2);
  });
});
