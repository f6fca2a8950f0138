import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/db/open';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { judgeContent } from '../../../electron/services/sync/import/content-check';
import { createContentOffload, defaultWorkerScript, MAX_WAITING, MAX_WAITING_TO_READ, type ContentOffload } from '../../../electron/services/sync/import/content-offload';
import { createVerifier } from '../../../electron/services/sync/signing/ed25519';
import type { EntryRead } from '../../../shared/sync/import-verdicts';
import { scorecardKind, type AnyDocumentKind } from '../../../shared/sync/kinds';
import { tempFolder } from '../../support/service';
import { copiedShare } from './support/copied-share';
import { forge, forgersKey, set } from './support/forge';
import { reviewersClosedAfterEach } from './support/reviewer';
import { standaloneImport } from './support/standalone-import';
import { testNoteKind } from './support/test-note-kind';

/**
 * A large import reads and checks documents in a thread of its own
 * (electron/services/sync/import/content-offload.ts). Whatever thread reads
 * and judges a document, the verdict and what is stored must be the same,
 * refusals included; a kind the thread does not know is judged on the main
 * thread, and whatever the thread does not read as a plain file inside the
 * share is read again on the main thread, which says why.
 */
const reviewer = reviewersClosedAfterEach();
const offloads: ContentOffload[] = [];
afterEach(async () => {
  for (const o of offloads.splice(0)) await o.close();
});
/** A thread started at once and loaded before the test hands it anything (while it loads, documents are checked on the main thread). */
const offload = async () => {
  const o = createContentOffload(defaultWorkerScript(), 0);
  offloads.push(o);
  expect(await o.whenReady()).toBe(true);
  return o;
};

const readOf = (text: string): EntryRead & { kind: 'read' } => ({ kind: 'read', text, fingerprint: { sizeBytes: text.length, mtimeMs: 1 } });
const checkOf = (kind: AnyDocumentKind, fileName: string) => {
  const [documentId, revision] = fileName.replace(/\.json$/, '').split('.r');
  return { kind, named: { documentId: documentId!, revision: Number(revision), writer: '' }, installId: 'not-the-writer', maxBytes: 1024 * 1024, sha256: sha256Hex };
};

describe('checking documents in a thread of their own', () => {
  it('gives the verdict the main thread gives: signed documents imported, a forged one refused with the same reason', async () => {
    const t = await copiedShare(reviewer, 3);
    const texts = t.files.map((f) => ({ name: path.basename(f.rel), text: f.bytes.toString('utf8') }));
    const forged = { name: texts[0]!.name, text: forge(texts[0]!.text, set('reviewer', 'name', 'Mallory'), 'keep') };
    const away = await offload();
    const verify = createVerifier();
    for (const { name, text } of [...texts, forged]) {
      const check = checkOf(scorecardKind, name);
      const there = await away.judge(readOf(text), check);
      const here = await judgeContent(readOf(text), check, verify);
      expect(there).toEqual(here);
    }
    const verdicts = await Promise.all([...texts, forged].map(({ name, text }) => away.judge(readOf(text), checkOf(scorecardKind, name))));
    expect(verdicts.map((v) => v?.verdict)).toEqual(['import', 'import', 'import', 'skipped']);
    expect(verdicts[3]).toMatchObject({ reason: expect.stringMatching(/^its signature does not verify/) });
    // The shared template crossed once, and is one object on this side too.
    const templates = verdicts.slice(0, 3).map((v) => (v?.verdict === 'import' ? (v.document.document as { template: { content: unknown } }).template.content : null));
    expect(templates[1]).toBe(templates[0]);
  });

  it('takes no kind it does not know, no small document, and nothing once closed: the main thread judges those; released, it starts again', async () => {
    const t = await copiedShare(reviewer, 1);
    const away = await offload();
    const text = t.files[0]!.bytes.toString('utf8');
    expect(away.judge(readOf(text), checkOf(testNoteKind, path.basename(t.files[0]!.rel)))).toBeNull();
    expect(away.judge(readOf('{"format":"callmark.scorecard-export"}'), checkOf(scorecardKind, path.basename(t.files[0]!.rel)))).toBeNull();
    // Released between passes, it is started again by the next large page (judged here while it loads).
    const check = checkOf(scorecardKind, path.basename(t.files[0]!.rel));
    await away.release();
    expect(away.judge(readOf(text), check)).toBeNull();
    expect(await away.whenReady()).toBe(true);
    expect(await away.judge(readOf(text), check)).toMatchObject({ verdict: 'import' });
    await away.close();
    expect(away.judge(readOf(text), check)).toBeNull();
    expect(await away.whenReady()).toBe(false);
  });

  it('is started only after a run of large documents, which are checked on the main thread meanwhile', async () => {
    const t = await copiedShare(reviewer, 1);
    const later = createContentOffload(defaultWorkerScript(), 2);
    offloads.push(later);
    const text = t.files[0]!.bytes.toString('utf8');
    const check = checkOf(scorecardKind, path.basename(t.files[0]!.rel));
    // Two checked here; the third starts the thread and is still checked here while it loads.
    for (let i = 0; i < 3; i++) expect(later.judge(readOf(text), check)).toBeNull();
    expect(await later.whenReady()).toBe(true);
    expect(await later.judge(readOf(text), check)).toMatchObject({ verdict: 'import' });
  });

  it('takes a document read here only while fewer than MAX_WAITING wait, and a file to read while fewer than MAX_WAITING_TO_READ do', async () => {
    const t = await copiedShare(reviewer, 1);
    const away = await offload();
    const name = path.basename(t.files[0]!.rel);
    fs.writeFileSync(path.join(t.dir, name), t.files[0]!.bytes);
    const text = t.files[0]!.bytes.toString('utf8');
    const check = checkOf(scorecardKind, name);
    const file = { path: path.join(t.dir, name), insideOf: t.root };
    // Read here: a few dozen at most, the rest checked here.
    const handed = Array.from({ length: MAX_WAITING + 10 }, () => away.judge(readOf(text), check));
    const taken = handed.filter((p) => p !== null);
    expect(taken.length).toBe(MAX_WAITING);
    expect(handed.slice(MAX_WAITING).every((p) => p === null)).toBe(true);
    // To read there: many more, up to the wider limit counting those already waiting.
    const toRead = Array.from({ length: MAX_WAITING_TO_READ }, () => away.readAndJudge(file, check));
    const reading = toRead.filter((p) => p !== null);
    expect(reading.length).toBe(MAX_WAITING_TO_READ - MAX_WAITING);
    expect(away.judge(readOf(text), check)).toBeNull();
    expect((await Promise.all(taken)).every((v) => v?.verdict === 'import')).toBe(true);
    expect((await Promise.all(reading)).every((v) => v !== null && 'verdict' in v && v.verdict.verdict === 'import')).toBe(true);
    expect(await away.judge(readOf(text), check)).toMatchObject({ verdict: 'import' });
  });

  it('reads a share file there and gives the verdict the main thread gives, with the bytes read; a small file comes back read, not judged', async () => {
    const t = await copiedShare(reviewer, 2);
    const away = await offload();
    const verify = createVerifier();
    const [signed, other] = t.files.map((f) => ({ name: path.basename(f.rel), text: f.bytes.toString('utf8') }));
    const forged = { name: other!.name, text: forge(other!.text, set('reviewer', 'name', 'Mallory'), 'keep') };
    for (const { name, text } of [signed!, forged]) {
      fs.writeFileSync(path.join(t.dir, name), text);
      const check = checkOf(scorecardKind, name);
      const there = await away.readAndJudge({ path: path.join(t.dir, name), insideOf: t.root }, check);
      const here = await judgeContent({ ...readOf(text), utf8: Buffer.from(text) }, check, verify);
      const fingerprint = { sizeBytes: Buffer.byteLength(text), mtimeMs: expect.any(Number) };
      // What was read comes back as it was read: the file's bytes, which are its text's UTF-8.
      if (here.verdict === 'import') expect(there).toEqual({ verdict: { ...here, document: { ...here.document, asRead: new Uint8Array(Buffer.from(text)) }, fingerprint } });
      else expect(there).toEqual({ verdict: { ...here, fingerprint } });
    }
    const small = path.join(t.dir, `${randomUUID()}.r1.json`);
    fs.writeFileSync(small, '{"format":"callmark.scorecard-export"}');
    expect(await away.readAndJudge({ path: small, insideOf: t.root }, checkOf(scorecardKind, path.basename(small)))).toEqual({
      read: { kind: 'read', text: '{"format":"callmark.scorecard-export"}', fingerprint: { sizeBytes: 38, mtimeMs: Math.trunc(fs.statSync(small).mtimeMs) } },
    });
  });

  it('reads nothing there but plain files inside the share: a link, a pipe, a missing file or one outside the share is left to the main thread', async () => {
    const t = await copiedShare(reviewer, 1);
    const away = await offload();
    const name = path.basename(t.files[0]!.rel);
    const check = checkOf(scorecardKind, name);
    const outside = path.join(tempFolder('callmark-outside-'), name);
    fs.writeFileSync(outside, t.files[0]!.bytes);
    const link = path.join(t.dir, `${randomUUID()}.r1.json`);
    fs.symlinkSync(outside, link);
    const pipe = path.join(t.dir, `${randomUUID()}.r1.json`);
    execFileSync('mkfifo', [pipe]);
    for (const file of [{ path: link, insideOf: t.root }, { path: pipe, insideOf: t.root }, { path: path.join(t.dir, 'gone.r1.json'), insideOf: t.root }, { path: outside, insideOf: t.root }]) {
      expect(await away.readAndJudge(file, check)).toBeNull();
    }
    // The same file inside the share is read there.
    expect(await away.readAndJudge({ path: outside, insideOf: path.dirname(outside) }, check)).toMatchObject({ verdict: { verdict: 'import' } });
  });

  it('released while files wait on it, answers every one before it ends: ended mid-read, it would leave a file open', async () => {
    const t = await copiedShare(reviewer, 1);
    const away = await offload();
    const name = path.basename(t.files[0]!.rel);
    fs.writeFileSync(path.join(t.dir, name), t.files[0]!.bytes);
    const file = { path: path.join(t.dir, name), insideOf: t.root };
    const waiting = Array.from({ length: 30 }, () => away.readAndJudge(file, checkOf(scorecardKind, name)));
    await away.release();
    const answers = await Promise.all(waiting);
    expect(answers.every((a) => a !== null && 'verdict' in a && a.verdict.verdict === 'import')).toBe(true);
  });

  it('answers nothing when its thread cannot start, so the main thread checks every document itself', async () => {
    const t = await copiedShare(reviewer, 1);
    const missing = createContentOffload({ file: path.join(tempFolder('callmark-no-worker-'), 'verify-worker.cjs') }, 0);
    offloads.push(missing);
    expect(await missing.whenReady()).toBe(false);
    expect(missing.judge(readOf(t.files[0]!.bytes.toString('utf8')), checkOf(scorecardKind, path.basename(t.files[0]!.rel)))).toBeNull();
  });

  it('has what it checked stored a batch a turn of the event loop, however many of its answers arrive at once', async () => {
    const t = await copiedShare(reviewer, 12);
    for (const f of t.files) fs.writeFileSync(path.join(t.dir, path.basename(f.rel)), f.bytes);
    const away = await offload();
    const opened = openDatabase(tempFolder('callmark-offload-turns-'));
    try {
      const stored = opened.db.prepare('SELECT COUNT(*) FROM imported_documents').pluck();
      // Documents stored between one turn of the event loop and the next: between two batches, other calls get a turn.
      const perTurn: number[] = [];
      let counted = 0;
      let ticking = true;
      const tick = () => {
        const now = stored.get() as number;
        perTurn.push(now - counted);
        counted = now;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const report = await standaloneImport(opened.db, t.target, () => false, away, 1).run();
      ticking = false;
      // The last tick, already due, runs before the database closes.
      await new Promise((resolve) => setImmediate(resolve));
      expect(report.imported).toBe(12);
      expect(Math.max(...perTurn)).toBe(1);
    } finally {
      opened.close();
    }
  });

  it('stores exactly what a pass checking on the main thread stores', async () => {
    const t = await copiedShare(reviewer, 4);
    for (const f of t.files) fs.writeFileSync(path.join(t.dir, path.basename(f.rel)), f.bytes);
    const broken = path.basename(t.files[3]!.rel);
    fs.writeFileSync(path.join(t.dir, broken), forge(t.files[3]!.bytes.toString('utf8'), set('reviewer', 'name', 'Mallory'), forgersKey()));
    // Odd files beside them: never opened, or read in the thread and judged here.
    const outside = path.join(tempFolder('callmark-outside-'), 'elsewhere.json');
    fs.writeFileSync(outside, t.files[0]!.bytes);
    fs.symlinkSync(outside, path.join(t.dir, `${randomUUID()}.r1.json`));
    execFileSync('mkfifo', [path.join(t.dir, `${randomUUID()}.r1.json`)]);
    fs.writeFileSync(path.join(t.dir, `${randomUUID()}.r1.json`), '{"format":"callmark.scorecard-export"}');
    const stored = async (away?: ContentOffload) => {
      const opened = openDatabase(tempFolder('callmark-offload-'));
      try {
        const pass = standaloneImport(opened.db, t.target, () => false, away);
        const report = await pass.run();
        const rows = opened.db.prepare('SELECT kind, document_id, revision, content_hash, relative_path, body, trust, signer_key FROM imported_documents ORDER BY document_id').all();
        const skipped = opened.db.prepare('SELECT relative_path, outcome, reason, content_sha256 FROM import_entries ORDER BY relative_path').all();
        // Which of the signer's documents is stored first, and so trusts its key on first use, is the order reads end in.
        const firstUse = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('"signed-first-use"', '"signed"')) as unknown;
        return {
          // Skips are listed in the order reads end in, which differs with the thread reading.
          report: { ...report, startedAt: null, finishedAt: null, skippedFiles: [...report.skippedFiles].sort((a, b) => a.relativePath.localeCompare(b.relativePath)) },
          rows: firstUse(rows),
          skipped,
          list: firstUse(pass.importedScorecards.list(undefined, 10, 0).items.map((i) => ({ ...i, importedAt: null }))),
          firstUses: (rows as { trust: string }[]).filter((r) => r.trust === 'signed-first-use').length,
        };
      } finally {
        opened.close();
      }
    };
    const here = await stored();
    expect(here.report).toMatchObject({ imported: 3, skipped: 4 });
    expect(here.firstUses).toBe(1);
    const away = await offload();
    let readThere = 0;
    const counted: ContentOffload = { ...away, readAndJudge: (file, check) => away.readAndJudge(file, check)?.then((v) => ((readThere += v && 'verdict' in v ? 1 : 0), v)) ?? null };
    expect(await stored(counted)).toEqual(here);
    // Every scorecard was read and judged there; the small file was read there and judged here.
    expect(readThere).toBe(4);
  });
});
