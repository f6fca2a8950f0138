import { parentPort } from 'node:worker_threads';
import { createKindRegistry, DOCUMENT_KINDS } from '../../../../shared/sync/kinds';
import { rosterKind } from '../../../../shared/sync/roster';
import { sha256Hex } from '../export/sha256';
import { createSyncVerifier } from '../signing/ed25519';
import { judgeContentNow, readOf, type ContentRequest } from './content-check';
import { createEncoder, type ContentReply } from './content-wire';

/**
 * The checking thread of an import (./content-offload.ts): parses, checks and
 * hashes each document read, and verifies its signature, while the main
 * thread reads the next files and stores what was checked. It knows the kinds
 * this version of Callmark syncs; nothing here touches the database or the share.
 */
const kinds = createKindRegistry([rosterKind, ...DOCUMENT_KINDS]);
const verify = createSyncVerifier();
const encode = createEncoder();
const port = parentPort;
if (!port) throw new Error('verify-worker.ts runs as a worker thread');

port.on('message', (request: ContentRequest) => {
  let reply: ContentReply;
  try {
    const check = { kind: kinds.get(request.kind), named: request.named, installId: request.installId, maxBytes: request.maxBytes, sha256: sha256Hex };
    reply = encode(request.id, judgeContentNow(readOf(request), check, verify));
  } catch (error) {
    reply = { id: request.id, failed: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
// Loaded: the main thread hands documents over from now on (it checks them itself until then).
port.postMessage({ ready: true } satisfies ContentReply);
