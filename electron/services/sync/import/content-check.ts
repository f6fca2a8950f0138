import { byContent, bySignature, type ContentCheck, type EntryRead, type Fingerprint, type Verdict } from '../../../../shared/sync/import-verdicts';
import type { WrittenRef } from '../../../../shared/sync/kinds';
import type { VerifySignature } from '../../../../shared/sync/signature';
import { sha256Hex } from '../export/sha256';

/** A share's file, to be opened only as a plain file inside `insideOf`, the share's real path (../folder/read-capped.ts). */
export interface LocalFile {
  path: string;
  insideOf: string;
}

/** One document to be judged by its content and signature: what the main thread hands a checking thread, read or to read. */
export interface ContentRequest {
  id: number;
  kind: string;
  read: { text: string; fingerprint: Fingerprint } | { file: LocalFile };
  named: Omit<WrittenRef, 'kind'>;
  installId: string;
  maxBytes: number;
}

/**
 * byContent, then the signature it asks about: every check of what was read
 * (format, schema, content hash, names, signature), in this thread, the
 * signature in libuv's thread pool.
 */
export async function judgeContent(read: EntryRead, check: ContentCheck, verify: VerifySignature): Promise<Verdict> {
  const verdict = byContent(read, check);
  if (verdict.verdict !== 'check-signature') return verdict;
  const { publicKey, message, value } = verdict.document.signature;
  return bySignature(verdict, publicKey !== '' && (await verify(publicKey, message, value)), sha256Hex);
}

/** The same checks, the signature answered at once: in a thread of its own (./verify-worker.ts). */
export function judgeContentNow(read: EntryRead, check: ContentCheck, verify: (publicKey: string, message: string, value: string) => boolean): Verdict {
  const verdict = byContent(read, check);
  if (verdict.verdict !== 'check-signature') return verdict;
  const { publicKey, message, value } = verdict.document.signature;
  return bySignature(verdict, publicKey !== '' && verify(publicKey, message, value), sha256Hex);
}
