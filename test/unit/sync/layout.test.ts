import { describe, expect, it } from 'vitest';
import { classifyFileName, parseTempFileName, tempFileName } from '../../../shared/sync/file-names';
import { scorecardKind } from '../../../shared/sync/kinds';
import { documentRelativePath } from '../../../shared/sync/layout';

const classifyShareFileName = (name: string) => classifyFileName(scorecardKind, name);
const exportRelativePath = (documentId: string, revision: number, at: string) => documentRelativePath(scorecardKind, { documentId, revision, writer: '' }, at);

const id = '0b0f4c5e-8a1d-4e4b-9c1a-3f2e1d0c9b8a';

describe('share layout', () => {
  it('places a revision by the UTC year and month of its completion', () => {
    expect(exportRelativePath(id, 1, '2026-11-20T10:00:00.000Z')).toBe(`2026/11/${id}.r1.json`);
    expect(exportRelativePath(id, 12, '2027-01-01T00:30:00+02:00')).toBe(`2026/12/${id}.r12.json`);
  });

  it('recognises our exact names only', () => {
    expect(classifyShareFileName(`${id}.r3.json`)).toEqual({ is: 'document', documentId: id, revision: 3, writer: '' });
    expect(classifyShareFileName(`${id}.r0.json`).is).not.toBe('document');
    expect(classifyShareFileName(`${id.toUpperCase()}.r1.json`).is).not.toBe('document');
  });

  it.each([
    [`${id}.r1 (1).json`, 'a numbered copy'],
    [`${id}.r1-DESKTOP-ABC.json`, 'OneDrive'],
    [`${id}.r1-DESKTOP-ABC-2.json`, 'OneDrive'],
    [`${id}.r1 (conflicted copy).json`, 'sync conflict copy'],
    [`${id}.r1 (Rita's conflicted copy 2026-11-20).json`, 'sync conflict copy'],
    [`${id}.r1.sync-conflict-20261120-101010-ABCDEFG.json`, 'Syncthing'],
    [`${id}.r1 - Copy.json`, 'a copy'],
    [`Copy of ${id}.r1.json`, 'a copy'],
    [`${id}.r1 2.json`, 'a copy'],
    [`${id.toUpperCase()}.R1.json`, 'a copy'],
  ])('lists %s as a copy (%s), naming the original', (name, kind) => {
    const c = classifyShareFileName(name);
    expect(c.is).toBe('conflict');
    if (c.is !== 'conflict') return;
    expect(c.of).toBe(`${id}.r1.json`);
    expect(c.copy).toContain(kind);
  });

  it('calls anything else foreign, and leaves hidden files (our temporary files among them) alone', () => {
    expect(classifyShareFileName('notes.txt').is).toBe('foreign');
    expect(classifyShareFileName('report.json').is).toBe('foreign');
    expect(classifyShareFileName('desktop.ini').is).toBe('foreign');
    expect(classifyShareFileName('.DS_Store').is).toBe('hidden');
    expect(classifyShareFileName(tempFileName(`${id}.r1.json`, 'abc123')).is).toBe('hidden');
  });

  it('names temporary files after the final name, so a stale one is known to be ours', () => {
    const temp = tempFileName(`${id}.r2.json`, '9f8e7d');
    expect(temp).toBe(`.~${id}.r2.json.9f8e7d.tmp`);
    expect(parseTempFileName(temp)).toEqual({ finalName: `${id}.r2.json` });
    expect(classifyShareFileName(temp)).toEqual({ is: 'hidden', tempOf: { documentId: id, revision: 2, writer: '' } });
    expect(classifyShareFileName(`.~someone-else.json.9f8e7d.tmp`)).toEqual({ is: 'hidden', tempOf: null });
    expect(() => tempFileName('x.json', '../evil')).toThrow();
  });
});
