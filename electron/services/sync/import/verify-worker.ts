import { parentPort } from 'node:worker_threads';
import type { EntryRead } from '../../../../shared/sync/import-verdicts';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../../shared/sync/kinds';
import { rosterKind } from '../../../../shared/sync/roster';
import { sha256Hex } from '../export/sha256';
import { readCappedSync, textOf } from '../folder/read-capped';
import { createSyncVerifier } from '../signing/ed25519';
import { judgeContentNow, type ContentRequest, type LocalFile } from './content-check';
import { createEncoder, OFFLOAD_MIN_CHARS, type ContentReply } from './content-wire';

/**
 * The checking thread of an import (./content-offload.ts): reads a share's
 * files, parses, checks and hashes each document, and verifies its
 * signature, while the main thread stores what was checked. It knows the
 * kinds this version of Callmark syncs; nothing here touches the database,
 * and nothing in the share is written.
 */
const kinds = createKindRegistry([rosterKind, ...DOCUMENT_KINDS]);
const verify = createSyncVerifier();
const encode = createEncoder();
const port = parentPort;
if (!port) throw new Error('verify-worker.ts runs as a worker thread');

/** `readHere`: the file was read in this thread, so the main thread is sent it with the verdict. */
function judged(request: ContentRequest, read: EntryRead, readHere: boolean): ContentReply {
  try {
    const check = { kind: kinds.get(request.kind), named: request.named, installId: request.installId, maxBytes: request.maxBytes, sha256: sha256Hex };
    return encode(request.id, judgeContentNow(read, check, verify), readHere);
  } catch (error) {
    return { id: request.id, failed: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Read synchronously: waiting on the disk here holds up only this thread, while the backend's thread reads and checks
 * what this one has no time for. Anything but a plain file read whole (gone, a link, too large, a read error) is read
 * again on the main thread, which says why.
 */
function readThenJudged(request: ContentRequest, file: LocalFile): ContentReply {
  let read: EntryRead & { kind: 'read' };
  try {
    const got = readCappedSync(file.path, request.maxBytes, file.insideOf);
    if (got.kind !== 'read') return { id: request.id, failed: `not read here (${got.kind})` };
    read = textOf(got);
  } catch (error) {
    return { id: request.id, failed: error instanceof Error ? error.message : String(error) };
  }
  if (read.text.length < OFFLOAD_MIN_CHARS) return { id: request.id, small: { text: read.text, fingerprint: read.fingerprint } };
  return judged(request, read, true);
}

port.on('message', (request: ContentRequest) => {
  // Each reply is posted in the step that encodes it: the main thread's decoder takes shared parts in that order.
  port.postMessage('file' in request.read ? readThenJudged(request, request.read.file) : judged(request, { kind: 'read', ...request.read }, false));
});
// Loaded: the main thread hands documents over from now on (it checks them itself until then).
port.postMessage({ ready: true } satisfies ContentReply);
