import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentCheck, EntryRead, Verdict } from '../../../../shared/sync/import-verdicts';
import { DOCUMENT_KINDS, type AnyDocumentKind } from '../../../../shared/sync/kinds';
import { rosterKind } from '../../../../shared/sync/roster';
import type { ContentRequest, LocalFile } from './content-check';
import { createDecoder, OFFLOAD_MIN_CHARS, type ContentReply } from './content-wire';

/**
 * Reading and judging documents in a thread of its own (./verify-worker.ts):
 * most of an import's work is reading, parsing, checking, hashing and
 * verifying documents, which a second core can do while the main thread
 * stores. `judge` answers null when the thread cannot take an entry (a small
 * document, a kind it does not know, too few large documents yet to start
 * one, the thread still loading or gone): the caller judges it itself, the
 * same way (./content-check.ts), so nothing is ever left unchecked. It also
 * answers null while the thread has plenty waiting, so the main thread reads
 * and checks a share of the documents itself.
 */
export interface ContentOffload {
  judge(read: EntryRead & { kind: 'read' }, check: ContentCheck): Promise<Verdict | null> | null;
  /**
   * A share's file read there too: its verdict, or what was read when it is small enough to judge here; null (or
   * answering null) when the caller is to read and judge it itself, as for anything not read as a plain file.
   */
  readAndJudge(file: LocalFile, check: ContentCheck): Promise<ReadAway | null> | null;
  /** Starts the thread; true once it takes documents, false if it cannot. */
  whenReady(): Promise<boolean>;
  /** Ends the thread while no pass needs it (it holds some tens of MB); the next large page starts another. */
  release(): Promise<void>;
  close(): Promise<void>;
}

export type ReadAway = { verdict: Verdict } | { read: EntryRead & { kind: 'read' } };

/** Where the thread's code is: beside this file when run from source, beside the backend in the Electron bundle. */
export interface WorkerScript {
  file: string | URL;
  execArgv?: string[];
}

/** The kinds the thread knows: exactly these objects (a test's own kind is judged on the main thread). */
const OFFLOADED = new Map<string, AnyDocumentKind>([rosterKind, ...DOCUMENT_KINDS].map((k) => [k.kind, k]));

export function defaultWorkerScript(): WorkerScript | null {
  // The Electron bundle (scripts/build-electron.mjs) is CommonJS, with the thread's own bundle beside it.
  if (typeof __dirname === 'string' && __dirname.length > 0) {
    const bundled = path.join(__dirname, 'verify-worker.cjs');
    if (fs.existsSync(bundled)) return { file: bundled };
  }
  const here = import.meta.url as string | undefined;
  if (!here?.startsWith('file:') || !here.endsWith('.ts')) return null;
  const file = path.join(path.dirname(fileURLToPath(here)), 'verify-worker.ts');
  // From source, the thread needs the TypeScript loader the process runs with (tsx's, inherited), or is given it.
  const loaded = process.execArgv.some((arg) => arg.includes('tsx'));
  return { file, ...(loaded ? {} : { execArgv: [...process.execArgv, '--import', 'tsx'] }) };
}

/**
 * Large documents checked here before a thread is started: loading one (its own heap, zod, the schemas) costs
 * more than a few hundred documents take, so a small import (a calibration share's sessions) never starts one.
 */
export const START_AFTER = 500;
/**
 * Documents waiting on the thread beyond which a document read here is checked here too: what this thread has
 * already read is quicker checked here than queued behind many others (a team server's page of 200, read at once).
 */
export const MAX_WAITING = 24;
/**
 * Files the thread is asked to read and check, waiting, beyond which the next is read and checked here. Enough that
 * the thread still has work while this one stores a batch (up to 250 documents, some 45 ms; when this was set, 1 000
 * and 150 ms, against a quarter of a millisecond a scorecard there), so neither thread waits on the other: with a few
 * dozen, the thread stood idle through every batch.
 */
export const MAX_WAITING_TO_READ = 640;

export function createContentOffload(script: WorkerScript | null = defaultWorkerScript(), startAfter = START_AFTER): ContentOffload {
  let worker: Worker | null = null;
  /** Large documents checked here since the last thread ended. */
  let checkedHere = 0;
  let ready = false;
  let broken = script === null;
  const readiness: ((ok: boolean) => void)[] = [];
  const settleReadiness = (ok: boolean) => {
    for (const resolve of readiness.splice(0)) resolve(ok);
  };
  let nextId = 0;
  /** Released while documents were still waiting on it: ended once the last is answered, unless asked again. */
  let releaseWhenIdle = false;
  let decode = createDecoder();
  /** What each request waits for; `text` when this thread read the document and handed it over (one read there comes back with its reply). */
  const waiting = new Map<number, { text?: string; resolve: (away: ReadAway | null) => void }>();

  /** A reply as the caller takes it; in the order replies come, as the decoder keeps the shared parts in step. */
  const outcomeOf = (reply: Exclude<ContentReply, { ready: true }>, here: string | undefined): ReadAway | null => {
    if ('small' in reply) return { read: { kind: 'read', ...reply.small } };
    const verdict = decode(reply, here);
    return verdict ? { verdict } : null;
  };

  /** Ends the current thread; what waits on it is checked here instead. `lasting`: no thread is started again. */
  const stop = (lasting: boolean): Worker | null => {
    const thread = worker;
    worker = null;
    ready = false;
    checkedHere = 0;
    broken ||= lasting;
    for (const { resolve } of waiting.values()) resolve(null);
    waiting.clear();
    settleReadiness(false);
    return thread;
  };

  function started(): Worker | null {
    if (worker || broken) return worker;
    // A new thread has sent no shared part yet.
    decode = createDecoder();
    let thread: Worker;
    try {
      thread = new Worker(script!.file, script!.execArgv ? { execArgv: script!.execArgv } : {});
    } catch {
      stop(true);
      return null;
    }
    worker = thread;
    // An idle thread never keeps the backend from exiting.
    thread.unref();
    thread.on('message', (reply: ContentReply) => {
      if (worker !== thread) return;
      if ('ready' in reply) {
        ready = true;
        settleReadiness(true);
        return;
      }
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      entry.resolve(outcomeOf(reply, entry.text));
      if (releaseWhenIdle && waiting.size === 0) {
        releaseWhenIdle = false;
        void stop(false)?.terminate();
      }
    });
    thread.on('error', (error) => {
      if (worker !== thread) return;
      console.error('callmark: the import checking thread failed; documents are checked on the main thread', error);
      stop(true);
    });
    thread.on('exit', () => {
      if (worker === thread) stop(true);
    });
    return thread;
  }

  /**
   * The thread, when it takes a large document of this kind now, with fewer than `most` waiting; `counted`: checked
   * here otherwise, towards starting one.
   */
  function taking(check: ContentCheck, most: number, counted: boolean): Worker | null {
    if (OFFLOADED.get(check.kind.kind) !== check.kind) return null;
    if (!worker && (counted ? checkedHere++ : checkedHere) < startAfter) return null;
    const thread = started();
    // While it loads, or while it has enough to do, documents are checked here rather than kept waiting.
    return thread && ready && waiting.size < most ? thread : null;
  }

  function ask(thread: Worker, check: ContentCheck, read: ContentRequest['read'], text?: string): Promise<ReadAway | null> {
    const id = nextId++;
    releaseWhenIdle = false;
    const request: ContentRequest = { id, kind: check.kind.kind, read, named: check.named, installId: check.installId, maxBytes: check.maxBytes };
    return new Promise<ReadAway | null>((resolve) => {
      waiting.set(id, { text, resolve });
      thread.ref();
      thread.postMessage(request);
    }).finally(() => {
      if (waiting.size === 0) worker?.unref();
    });
  }

  return {
    judge(read, check) {
      if (read.text.length < OFFLOAD_MIN_CHARS) return null;
      const thread = taking(check, MAX_WAITING, true);
      if (!thread) return null;
      return ask(thread, check, { text: read.text, fingerprint: read.fingerprint }, read.text).then((away) => (away && 'verdict' in away ? away.verdict : null));
    },
    readAndJudge(file, check) {
      // Not counted: what is refused here is read and handed to `judge`, which counts it.
      const thread = taking(check, MAX_WAITING_TO_READ, false);
      return thread ? ask(thread, check, { file }) : null;
    },
    whenReady() {
      if (!started()) return Promise.resolve(false);
      return ready ? Promise.resolve(true) : new Promise<boolean>((resolve) => readiness.push(resolve));
    },
    async release() {
      // Ended only once nothing waits on it: ended mid-read, it would leave that file open for good.
      if (waiting.size > 0) releaseWhenIdle = true;
      else await stop(false)?.terminate();
    },
    async close() {
      await stop(true)?.terminate();
    },
  };
}
