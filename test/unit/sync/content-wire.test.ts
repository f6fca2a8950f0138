import { describe, expect, it } from 'vitest';
import { createDecoder, createEncoder, type ContentReply } from '../../../electron/services/sync/import/content-wire';
import type { Verdict } from '../../../shared/sync/import-verdicts';
import { rosterKind } from '../../../shared/sync/roster';

/**
 * The checking thread's replies (electron/services/sync/import/content-wire.ts): what the main thread puts back
 * together is what the thread checked, though a template and its text travel once per version and the file as read
 * only when the thread read it. Replies cross as a thread would send them (structured clone), in order.
 */
const scorecard = (id: number, version: number, asRead: string | Uint8Array): Verdict => ({
  verdict: 'import',
  fingerprint: { sizeBytes: 10, mtimeMs: 1 },
  opened: true,
  document: {
    ref: { kind: 'scorecard', documentId: `scorecard-${id}`, revision: 1, writer: '' },
    document: { scorecardId: `scorecard-${id}`, template: { contentHash: `template-${version}`, content: { sections: [version] } } },
    body: `{"n":${id}}`,
    extra: `canonical text of template ${version}`,
    installId: 'install',
    contentHash: `hash-${id}`,
    signature: { signed: false },
    asRead,
  },
});

describe('the checking thread’s replies', () => {
  it('put back every document with its template and its text, over more template versions than either side remembers', () => {
    const encode = createEncoder();
    const decode = createDecoder();
    const sentWhole = new Map<number, number>();
    // First 20 versions met again and again, then 80 in turn: past the 64 each side keeps, a version is sent again in full.
    for (let id = 0; id < 400; id++) {
      const version = id < 200 ? id % 20 : (id * 37) % 80;
      const readThere = id % 3 !== 0;
      // Read there: its bytes, or its text when they were not UTF-8. Read here: the text the main thread handed over.
      const asRead = readThere && id % 2 === 0 ? new Uint8Array([id & 255, 1, 2]) : `file ${id}`;
      const verdict = scorecard(id, version, asRead);
      const reply = structuredClone(encode(id, verdict, readThere)) as Exclude<ContentReply, { ready: true } | { small: unknown }>;
      if ('importable' in reply && reply.importable.part && 'value' in reply.importable.part) sentWhole.set(version, (sentWhole.get(version) ?? 0) + 1);
      expect(decode(reply, readThere ? undefined : (asRead as string))).toEqual(verdict);
    }
    // A version still remembered is named by its key only; one forgotten is sent whole again.
    expect([...sentWhole.values()].reduce((a, b) => a + b, 0)).toBeLessThan(400 - 180);
    expect(Math.max(...sentWhole.values())).toBeGreaterThan(1);
  });

  it('sends the file as read only when the thread read it, and cannot put a document back without it', () => {
    const encode = createEncoder();
    const decode = createDecoder();
    const read = encode(1, scorecard(1, 1, 'text'), false);
    expect('importable' in read && 'asRead' in read.importable).toBe(false);
    expect(decode(structuredClone(read) as never, undefined)).toBeNull();
  });

  it('keeps the extra of a kind without a shared part', () => {
    const encode = createEncoder();
    const decode = createDecoder();
    const verdict: Verdict = {
      verdict: 'import',
      fingerprint: { sizeBytes: 10, mtimeMs: 1 },
      opened: true,
      document: { ref: { kind: rosterKind.kind, documentId: 'install', revision: 1, writer: '' }, document: { publicKey: 'k' }, body: '{}', extra: { kept: true }, installId: 'install', contentHash: 'h', signature: { signed: false }, asRead: 'roster' },
    };
    expect(decode(structuredClone(encode(2, verdict, true)) as never, undefined)).toEqual(verdict);
  });
});
