import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingItem } from '../../../electron/services/sync/delivery';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { createDocumentsStore } from '../../../electron/services/sync/store/documents';
import { hashedDocumentText } from '../../../shared/sync/hashed-document';
import { documentRelativePath } from '../../../shared/sync/layout';
import { startChild, type Child } from './support/child';
import { reviewersClosedAfterEach } from './support/reviewer';
import { readWhileWriting } from './support/reader';
import { emptyShare, shareFiles, takeMarkerAway } from './support/share';
import { importedSeenBy, refKey, testNoteKind, testNotes } from './support/test-note-kind';

/**
 * A second document kind, registered only by these tests, goes through the
 * same outbox, folder target and import as scorecards, under the same kill
 * rounds as crash-and-race.test.ts: each document lands in the share exactly
 * once and is imported exactly once, reaching the import hooks once.
 */
const reviewer = reviewersClosedAfterEach();
const children: Child[] = [];
// Registered after the reviewers' hook, so it runs before it: after-each hooks run last-registered first.
afterEach(() => {
  for (const c of children.splice(0)) if (c.process.exitCode === null) c.process.kill('SIGKILL');
});

const NOTES = 'test-notes';
const fileIn = (root: string, rel: string) => path.join(root, NOTES, ...rel.split('/'));

describe('a test-only kind, its writer killed between writing and renaming', () => {
  it('leaves no half file, is delivered exactly once on retry, and imported once by a colleague', async () => {
    const root = emptyShare();
    const ritaNotes = testNotes();
    const rita = await reviewer('Rita Reviewer', undefined, ritaNotes.setup);
    const target = await rita.addShare(root);
    const putMarkerBack = takeMarkerAway(root);
    const noteId = randomUUID();
    ritaNotes.complete(rita.service, noteId, 1, 'agenda for Monday');
    await rita.idle();
    const item = createDocumentsStore(rita.service.context.db).get({ kind: testNoteKind.kind, documentId: noteId, revision: 1 })!;
    // Several installs may write one note: the writer's install id is in its name.
    expect(item.relativePath).toMatch(new RegExp(`/${noteId}\\.r1\\.${item.writer}\\.json$`));
    putMarkerBack();

    const child = startChild({ mode: 'hang-before-rename', root, shareId: target.shareId, item });
    children.push(child);
    const temp = await child.line('TEMP');
    expect(fs.readFileSync(temp, 'utf8')).toBe(item.body);
    child.process.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');

    expect(shareFiles(root, { folder: NOTES })).toEqual([]);
    expect(shareFiles(root, { folder: NOTES, hidden: true }).map((f) => path.basename(f))).toEqual([path.basename(temp)]);
    const sam = await reviewer('Sam Second', undefined, testNotes().setup);
    const seen = importedSeenBy(sam.service);
    const samTarget = await sam.addShare(root, { adopt: true });
    expect(await sam.call('sync.import', { targetId: samTarget.id })).toMatchObject({ listed: 1, read: 0, imported: 0, skipped: 0 });

    await rita.call('sync.items.retry', { targetId: target.id });
    await rita.idle();
    expect(shareFiles(root, { folder: NOTES })).toEqual([item.relativePath]);
    expect(fs.readFileSync(fileIn(root, item.relativePath), 'utf8')).toBe(item.body);
    expect((await rita.call('sync.status', { targetId: target.id })).targets[0]!.counts).toEqual({ pending: 0, sent: 1, failed: 0 });

    // Beside the note, Rita's roster entry (her signing key): a file of the share, sync's own, heard by no feature's hook.
    expect(await sam.call('sync.import', { targetId: samTarget.id })).toMatchObject({ importedByKind: { [testNoteKind.kind]: 1, 'install-key': 1 }, skipped: 0 });
    expect(await sam.call('sync.import', { targetId: samTarget.id })).toMatchObject({ imported: 0, alreadySeen: 2 });
    expect(seen.map((e) => refKey(e.ref))).toEqual([refKey({ kind: testNoteKind.kind, documentId: noteId, revision: 1, writer: item.writer })]);
    expect(seen[0]!.document).toMatchObject({ text: 'agenda for Monday', origin: { installId: item.writer } });
    // Its writer recognises its own files (the note, by the install id in its name; its roster entry) without reading them.
    expect(await rita.call('sync.import', { targetId: target.id })).toMatchObject({ own: 2, read: 0, imported: 0 });
  });
});

/** A note written by an install that is not running: real, verifiable bytes, delivered by both processes at once. */
function commonNote(n: number, writer: string): OutgoingItem {
  const ref = { documentId: randomUUID(), revision: 1, writer };
  const withoutHash = { format: 'callmark.test-note', formatVersion: 1, noteId: ref.documentId, revision: 1, writtenAt: '2026-11-20T10:00:00.000Z', text: `common ${n} ${'x'.repeat(20_000)}`, origin: { installId: writer } };
  const { text: body } = hashedDocumentText(withoutHash, sha256Hex);
  return { kind: testNoteKind.kind, ...ref, body, contentHash: sha256Hex(body), relativePath: documentRelativePath(testNoteKind, ref, withoutHash.writtenAt) };
}

describe('a test-only kind, two processes exporting to one folder at once', () => {
  it('writes every note exactly once, one file per writer of a shared note, and a colleague imports each once', async () => {
    const root = emptyShare();
    const setup = await reviewer('Quinn Setup');
    const share = await setup.addShare(root);
    const absentWriter = randomUUID();
    const common = Array.from({ length: 10 }, (_, n) => commonNote(n, absentWriter));
    const sharedIds = Array.from({ length: 3 }, () => randomUUID());
    const count = 6;
    const spawnOne = (name: string) => startChild({ mode: 'export', root, name, count, common, shareId: share.shareId, notes: { count, sharedIds } });
    const a = spawnOne('Ann Alpha');
    const b = spawnOne('Ben Beta');
    children.push(a, b);

    // Read every visible note over and over while they write: each must parse.
    const reader = readWhileWriting(root, NOTES);
    const [doneA, doneB] = await Promise.all([a.line('DONE'), b.line('DONE')]);
    const { passes, failures } = await reader.stop();
    const resultA = JSON.parse(doneA) as { ids: string[]; noteIds: string[]; outcomes: string[]; counts: { sent: number; pending: number; failed: number } };
    const resultB = JSON.parse(doneB) as typeof resultA;

    expect(failures).toEqual([]);
    expect(passes).toBeGreaterThan(1);
    // Each process sent its scorecards, its own notes and its version of each shared note.
    for (const r of [resultA, resultB]) expect(r.counts).toEqual({ pending: 0, sent: count + count + sharedIds.length, failed: 0 });
    expect([...resultA.outcomes, ...resultB.outcomes].every((o) => o === 'delivered')).toBe(true);

    const files = shareFiles(root, { folder: NOTES, hidden: true });
    const notes = files.map((rel) => {
      const verified = testNoteKind.verify(fs.readFileSync(fileIn(root, rel), 'utf8'), sha256Hex);
      if (!verified.ok) throw new Error(`${rel}: ${verified.message}`);
      return verified.document;
    });
    // One file per note and writer: the shared notes twice (one per writer), everything else once.
    const byNote = new Map<string, string[]>();
    for (const n of notes) byNote.set(n.noteId, [...(byNote.get(n.noteId) ?? []), n.origin.installId]);
    for (const id of [...resultA.noteIds, ...resultB.noteIds, ...common.map((c) => c.documentId)]) expect(byNote.get(id)).toHaveLength(1);
    for (const id of sharedIds) expect(new Set(byNote.get(id))).toHaveProperty('size', 2);
    expect(files).toHaveLength(count * 2 + sharedIds.length * 2 + common.length);
    for (const c of common) expect(fs.readFileSync(fileIn(root, c.relativePath), 'utf8')).toBe(c.body);

    // A third install reads it all back: every document once, through the import hooks once.
    const sam = await reviewer('Sam Second', undefined, testNotes().setup);
    const seen = importedSeenBy(sam.service);
    const samTarget = await sam.addShare(root, { adopt: true });
    const first = await sam.call('sync.import', { targetId: samTarget.id });
    const documents = count * 2 + files.length;
    // And the two writers' roster entries (their signing keys).
    expect(first).toMatchObject({ outcome: 'done', imported: documents + 2, importedByKind: { 'install-key': 2 }, duplicates: 0, skipped: 0 });
    expect(new Set(seen.map((e) => refKey(e.ref))).size).toBe(documents);
    expect(seen.filter((e) => e.ref.kind === testNoteKind.kind)).toHaveLength(files.length);
    expect(await sam.call('sync.import', { targetId: samTarget.id })).toMatchObject({ imported: 0, read: 0, alreadySeen: documents + 2 });
    expect(seen).toHaveLength(documents);
    expect((await sam.call('sync.imported.list', {})).total).toBe(count * 2);
  }, 90_000);
});
