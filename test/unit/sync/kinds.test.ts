import { describe, expect, it } from 'vitest';
import { classifyFileName, documentFileName } from '../../../shared/sync/file-names';
import { createKindRegistry, DOCUMENT_KINDS, scorecardKind, serverKey } from '../../../shared/sync/kinds';
import { documentRelativePath } from '../../../shared/sync/layout';
import { testNoteKind } from './support/test-note-kind';

const id = '0b0f4c5e-8a1d-4e4b-9c1a-3f2e1d0c9b8a';
const writer = '7e57e57e-1234-4abc-8def-0123456789ab';

describe('the document-kind registry', () => {
  it('finds a kind by name and refuses one it does not know', () => {
    const kinds = createKindRegistry([...DOCUMENT_KINDS, testNoteKind]);
    expect(kinds.get('scorecard')).toBe(scorecardKind);
    expect(kinds.get('test-note').folder).toBe('test-notes');
    expect(kinds.has('survey-batch')).toBe(false);
    expect(() => kinds.get('survey-batch')).toThrow(/unknown document kind "survey-batch"/);
  });

  it('refuses two kinds with one name or one folder, and folder names that are not plain', () => {
    expect(() => createKindRegistry([scorecardKind, scorecardKind])).toThrow(/registered twice/);
    expect(() => createKindRegistry([scorecardKind, { ...testNoteKind, folder: 'scorecards' }])).toThrow(/belongs to another kind/);
    expect(() => createKindRegistry([{ ...testNoteKind, folder: '../elsewhere' }])).toThrow(/not a plain folder name/);
    expect(() => createKindRegistry([{ ...testNoteKind, kind: 'Test Note' }])).toThrow(/lower-case letters/);
  });
});

describe('names of a kind several installs write', () => {
  it("carry the writer's install id, so two installs never write one name", () => {
    const ref = { documentId: id, revision: 3, writer };
    expect(documentFileName(testNoteKind, ref)).toBe(`${id}.r3.${writer}.json`);
    expect(documentRelativePath(testNoteKind, ref, '2026-11-20T10:00:00.000Z')).toBe(`2026/11/${id}.r3.${writer}.json`);
    expect(classifyFileName(testNoteKind, `${id}.r3.${writer}.json`)).toEqual({ is: 'document', ...ref });
    expect(() => documentFileName(testNoteKind, { ...ref, writer: '' })).toThrow(/install's id/);
  });

  it('are not mistaken for the one-writer layout, and their copies are named as copies', () => {
    expect(classifyFileName(testNoteKind, `${id}.r3.json`)).toMatchObject({ is: 'foreign', message: expect.stringContaining('.r<revision>.<install id>.json') });
    expect(classifyFileName(testNoteKind, `${id}.r3.${writer} (1).json`)).toMatchObject({ is: 'conflict', of: `${id}.r3.${writer}.json` });
    expect(classifyFileName(testNoteKind, `.~${id}.r3.${writer}.json.abc.tmp`)).toEqual({ is: 'hidden', tempOf: { documentId: id, revision: 3, writer } });
  });
});

describe('server keys', () => {
  it("keep the published scorecard key, and name the kind (and writer) of every other", () => {
    expect(serverKey(scorecardKind, { kind: 'scorecard', documentId: id, revision: 2, writer: '' })).toBe(`${id}:r2`);
    expect(serverKey(testNoteKind, { kind: 'test-note', documentId: id, revision: 2, writer })).toBe(`test-note:${id}:r2:${writer}`);
  });
});
