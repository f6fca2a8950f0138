import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { classifyFileName } from '../../../shared/sync/file-names';
import { hashedDocumentText } from '../../../shared/sync/hashed-document';
import { asCopy, byOriginal } from '../../../shared/sync/copy-verdicts';
import { byChange, byContent, byContentChange, byKnown, byName, ownsName, type SeenEntry, type Verdict } from '../../../shared/sync/import-verdicts';
import { scorecardKind } from '../../../shared/sync/kinds';
import { tally } from '../../../shared/sync/tally';
import { testNoteKind } from './support/test-note-kind';

/** The pure half of an import pass: each step, given only facts, decides; the report is a count of verdicts. */
const id = '0b0f4c5e-8a1d-4e4b-9c1a-3f2e1d0c9b8a';
const me = '7e57e57e-1234-4abc-8def-0123456789ab';
const colleague = '5c0ffee0-1234-4abc-8def-0123456789ab';
const fp = { sizeBytes: 120, mtimeMs: 1_700_000_000_000 };

function noteText(noteId: string, writer: string, text = 'agenda'): string {
  const withoutHash = { format: 'callmark.test-note', formatVersion: 1, noteId, revision: 1, writtenAt: '2026-11-20T10:00:00.000Z', text, origin: { installId: writer } };
  return hashedDocumentText(withoutHash, sha256Hex).text;
}
const check = (named: { documentId: string; revision: number; writer: string }) => ({ kind: testNoteKind, named, installId: me, maxBytes: 1024, sha256: sha256Hex });
const seen = (outcome: SeenEntry['outcome'], more: Partial<SeenEntry> = {}): SeenEntry => ({ outcome, ...fp, contentSha256: null, reason: '', ...more });
const inLayout = (name: string) => ({ name: classifyFileName(scorecardKind, name), place: 'layout' as const, shape: 'file' as const });

describe('deciding by name and what was seen', () => {
  it('reads a new document name, looks again at a skipped one only if it changed, and passes over the rest', () => {
    const name = inLayout(`${id}.r2.json`);
    expect(byName(scorecardKind, name, undefined)).toEqual({ step: 'lookup', ref: { documentId: id, revision: 2, writer: '' } });
    expect(byName(scorecardKind, name, seen('imported'))).toEqual({ step: 'done', verdict: { verdict: 'already-seen' } });
    const skipped = seen('skipped');
    expect(byName(scorecardKind, name, skipped)).toEqual({ step: 'recheck', seen: skipped, ref: { documentId: id, revision: 2, writer: '' } });
    expect(byChange(skipped, null)).toEqual({ step: 'done', verdict: { verdict: 'disappeared' } });
    expect(byChange(skipped, fp)).toEqual({ step: 'done', verdict: { verdict: 'already-seen' } });
    expect(byChange(skipped, { ...fp, sizeBytes: 121 })).toEqual({ step: 'judge' });
  });

  it('compares a skipped file that was read by its content, so a rewrite with the same size and time is noticed', () => {
    const read = seen('skipped', { contentSha256: 'a'.repeat(64) });
    expect(byChange(read, fp)).toEqual({ step: 'compare' });
    expect(byContentChange(read, 'a'.repeat(64))).toEqual({ verdict: 'already-seen', opened: true });
    expect(byContentChange(read, 'b'.repeat(64))).toBeNull();
  });

  it('lists a stray name, or anything outside the month folders, once, with why, without reading it', () => {
    expect(byName(scorecardKind, inLayout('notes.txt'), undefined)).toMatchObject({ step: 'done', verdict: { verdict: 'skipped', opened: false } });
    expect(byName(scorecardKind, inLayout('notes.txt'), seen('skipped', { sizeBytes: null, mtimeMs: null }))).toEqual({ step: 'done', verdict: { verdict: 'already-seen' } });
    const outside = { name: classifyFileName(scorecardKind, `${id}.r1.json`), place: 'outside' as const, shape: 'file' as const };
    expect(byName(scorecardKind, outside, undefined)).toEqual({
      step: 'done',
      verdict: { verdict: 'skipped', reason: 'not in a <year>/<month> folder, where scorecard files belong (scorecards/<yyyy>/<mm>/): not read', fingerprint: null, opened: false },
    });
  });

  it('puts a copy aside until its original is settled', () => {
    expect(byName(scorecardKind, inLayout(`${id}.r1 (1).json`), undefined)).toEqual({
      step: 'copy',
      of: `${id}.r1.json`,
      ref: { documentId: id, revision: 1, writer: '' },
      copy: 'a numbered copy',
    });
  });

  it('names the document a temporary file of ours was for, so only our own stale ones are cleaned', () => {
    expect(byName(scorecardKind, inLayout(`.~${id}.r1.json.abc.tmp`), undefined)).toEqual({ step: 'hidden', tempOf: { documentId: id, revision: 1, writer: '' } });
    expect(byName(scorecardKind, inLayout('.DS_Store'), undefined)).toEqual({ step: 'hidden', tempOf: null });
  });
});

describe('deciding a conflict copy by its original', () => {
  const copy = { of: `${id}.r1.json`, copy: 'a numbered copy' };

  it('says truthfully why a copy is not imported: its original is, or is ours, or another copy stands in', () => {
    expect(byOriginal(copy, { state: 'imported' }, undefined)).toMatchObject({ verdict: 'skipped', reason: `a numbered copy of ${id}.r1.json: not imported, the original is` });
    expect(byOriginal(copy, { state: 'own' }, undefined)).toMatchObject({ reason: expect.stringContaining('this computer’s own') });
    expect(byOriginal(copy, { state: 'stood-in', by: 'x (2).json' }, undefined)).toMatchObject({ reason: expect.stringContaining('another copy (x (2).json) stands in') });
    const said = byOriginal(copy, { state: 'imported' }, undefined) as Verdict & { verdict: 'skipped' };
    expect(byOriginal(copy, { state: 'imported' }, { outcome: 'skipped', reason: said.reason })).toEqual({ verdict: 'already-seen' });
    // Skipped before for another reason (its original was damaged then): said again, as it is now.
    expect(byOriginal(copy, { state: 'imported' }, { outcome: 'skipped', reason: 'older reason' })).toMatchObject({ verdict: 'skipped', reason: said.reason });
  });

  it('reads a copy whose original is missing or damaged, and says both when it cannot stand in either', () => {
    expect(byOriginal(copy, { state: 'missing' }, undefined)).toBeNull();
    expect(byOriginal(copy, { state: 'damaged', reason: 'not complete JSON' }, undefined)).toBeNull();
    const damaged = asCopy({ verdict: 'skipped', reason: 'is empty', fingerprint: fp, opened: true }, copy, { state: 'damaged', reason: 'not complete JSON' });
    expect(damaged).toMatchObject({ reason: `a numbered copy of ${id}.r1.json, which cannot stand in for it: ${id}.r1.json is damaged (not complete JSON), and this copy is empty` });
    const imported: Verdict = { verdict: 'imported', fingerprint: fp, opened: true };
    expect(asCopy(imported, copy, { state: 'missing' })).toBe(imported);
  });
});

describe('deciding by what this install knows', () => {
  it('own: a document this install wrote, or, for kinds several installs write, one with its id in the name', () => {
    const wrote = new Set([id]);
    expect(ownsName(scorecardKind, { documentId: id, revision: 1, writer: '' }, me, (d) => wrote.has(d))).toBe(true);
    expect(ownsName(scorecardKind, { documentId: randomUUID(), revision: 1, writer: '' }, me, (d) => wrote.has(d))).toBe(false);
    // Another install's version of a note this install also wrote is not ours.
    expect(ownsName(testNoteKind, { documentId: id, revision: 1, writer: colleague }, me, (d) => wrote.has(d))).toBe(false);
    expect(ownsName(testNoteKind, { documentId: id, revision: 1, writer: me }, me, () => false)).toBe(true);
  });

  it('reads only what is neither ours nor already imported', () => {
    expect(byKnown({ own: true, imported: true })).toEqual({ verdict: 'own', fingerprint: null, opened: false });
    expect(byKnown({ own: false, imported: true })).toEqual({ verdict: 'duplicate', fingerprint: null, opened: false });
    expect(byKnown({ own: false, imported: false })).toBeNull();
  });
});

describe('deciding by content', () => {
  const named = { documentId: id, revision: 1, writer: colleague };

  it("imports a colleague's document that is what its name says, with the writer in its key", () => {
    const verdict = byContent({ kind: 'read', text: noteText(id, colleague), fingerprint: fp }, check(named));
    expect(verdict).toMatchObject({ verdict: 'import', opened: true, fingerprint: fp, document: { ref: { kind: 'test-note', documentId: id, revision: 1, writer: colleague }, installId: colleague } });
  });

  it('skips what is not a document, too large, damaged or misnamed, saying which; never reads what it cannot', () => {
    expect(byContent({ kind: 'gone' }, check(named))).toEqual({ verdict: 'disappeared' });
    expect(byContent({ kind: 'not_a_file', what: 'a folder', fingerprint: fp }, check(named))).toEqual({ verdict: 'skipped', reason: 'a folder, not a test note export', fingerprint: fp, opened: false });
    expect(byContent({ kind: 'too_large', fingerprint: { sizeBytes: 6 * 1024 * 1024, mtimeMs: 1 } }, check(named))).toMatchObject({
      verdict: 'skipped',
      reason: 'too large to be a test note export (6.0 MB; the limit is 0.0 MB)',
      opened: false,
    });
    expect(byContent({ kind: 'read', text: noteText(id, colleague).slice(0, 40), fingerprint: fp }, check(named))).toMatchObject({
      verdict: 'skipped',
      reason: expect.stringContaining('not complete JSON'),
      opened: true,
    });
    expect(byContent({ kind: 'read', text: noteText(randomUUID(), colleague), fingerprint: fp }, check(named))).toMatchObject({
      verdict: 'skipped',
      reason: expect.stringContaining('which does not match its file name'),
    });
  });

  it('recognises our own document by its origin once read', () => {
    expect(byContent({ kind: 'read', text: noteText(id, me), fingerprint: fp }, check({ ...named, writer: me }))).toEqual({ verdict: 'own', fingerprint: fp, opened: true });
  });
});

describe('the report', () => {
  it('counts verdicts: files opened, and each entry in exactly one of imported, duplicates, own, seen, gone, cleaned, skipped and ignored', () => {
    const verdicts: Verdict[] = [
      { verdict: 'imported', fingerprint: fp, opened: true },
      { verdict: 'duplicate', fingerprint: fp, opened: true },
      { verdict: 'duplicate', fingerprint: null, opened: false },
      { verdict: 'own', fingerprint: null, opened: false },
      { verdict: 'already-seen' },
      { verdict: 'already-seen' },
      { verdict: 'disappeared' },
      { verdict: 'cleaned' },
      { verdict: 'hidden' },
      { verdict: 'skipped', reason: 'x', fingerprint: fp, opened: true },
      { verdict: 'skipped', reason: 'y', fingerprint: null, opened: false },
    ];
    const t = tally(verdicts);
    expect(t).toEqual({ read: 3, imported: 1, duplicates: 2, own: 1, alreadySeen: 2, disappeared: 1, cleanedTempFiles: 1, skipped: 2, ignored: 1 });
    const { read: _, ...counts } = t;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(verdicts.length);
  });
});
