import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentCheck, EntryRead, Verdict } from '../../../../shared/sync/import-verdicts';
import { DOCUMENT_KINDS, type AnyDocumentKind } from '../../../../shared/sync/kinds';
import { rosterKind } from '../../../../shared/sync/roster';
import type { ContentRequest } from './content-check';
import { createDecoder, type ContentReply } from './content-wire';

/**
 * Judging what was read, in a thread of its own (./verify-worker.ts): about
 * half of an import's work on the main thread is parsing, checking, hashing
 * and verifying documents, which a second core can do while the main thread
 * reads and stores. `judge` answers null when the thread cannot take an
 * entry (a small document, a kind it does not know, too few large documents
 * yet to start one, the thread still loading or gone): the caller
 * judges it itself, the same way (./content-check.ts), so nothing is ever
 * left unchecked. It also answers null while the thread has plenty waiting,
 * so the main thread checks a share of the documents itself.
 */
export interface ContentOffload {
  judge(read: EntryRead & { kind: 'read' }, check: ContentCheck): Promise<Verdict | null> | null;
  /** Starts the thread; true once it takes documents, false if it cannot. */
  whenReady(): Promise<boolean>;
  /** Ends the thread while no pass needs it (it holds some tens of MB); the next large page starts another. */
  release(): Promise<void>;
  close(): Promise<void>;
}

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
 * A smaller document (a calibration commitment is under 1 kB) is checked here in about the time handing it over and
 * taking its verdict back costs; a scorecard (15 kB, most of it its template) takes several times longer.
 */
const OFFLOAD_MIN_CHARS = 8 * 1024;
/**
 * Documents waiting on the thread beyond which the next is checked here: storing leaves the main thread idle
 * about a quarter of a large import while the thread checks, and a share of the checks fills that time
 * (a tenth off the wall time of 10 000 scorecards, and fewer documents crossing between threads).
 */
const MAX_WAITING = 24;

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
  let decode = createDecoder();
  const waiting = new Map<number, { text: string; resolve: (v: Verdict | null) => void }>();

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
      entry.resolve(decode(reply, entry.text));
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

  return {
    judge(read, check) {
      if (read.text.length < OFFLOAD_MIN_CHARS || OFFLOADED.get(check.kind.kind) !== check.kind) return null;
      if (!worker && checkedHere++ < startAfter) return null;
      const thread = started();
      // While it loads, or while it has enough to do, documents are checked here rather than kept waiting.
      if (!thread || !ready || waiting.size >= MAX_WAITING) return null;
      const id = nextId++;
      const request: ContentRequest = { id, kind: check.kind.kind, text: read.text, fingerprint: read.fingerprint, named: check.named, installId: check.installId, maxBytes: check.maxBytes };
      return new Promise((resolve) => {
        waiting.set(id, { text: read.text, resolve });
        thread.ref();
        thread.postMessage(request);
      }).finally(() => {
        if (waiting.size === 0) worker?.unref();
      }) as Promise<Verdict | null>;
    },
    whenReady() {
      if (!started()) return Promise.resolve(false);
      return ready ? Promise.resolve(true) : new Promise<boolean>((resolve) => readiness.push(resolve));
    },
    async release() {
      await stop(false)?.terminate();
    },
    async close() {
      await stop(true)?.terminate();
    },
  };
}
