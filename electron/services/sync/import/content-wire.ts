import type { ScorecardExport } from '../../../../shared/export';
import type { Fingerprint, Importable, Verdict } from '../../../../shared/sync/import-verdicts';
import { scorecardKind } from '../../../../shared/sync/kinds';

/**
 * A checking thread's answer (./verify-worker.ts). A document that passed
 * travels as JSON, which the main thread parses in a third of the time
 * structured cloning takes. A part that many documents share (a scorecard's
 * template, three quarters of it) travels once, with the first document that
 * has it. A document the main thread read stays there and is not sent back;
 * one the thread read itself comes back as `text` beside its verdict, or as
 * `small` (read, not judged) when it is quicker to judge where it is stored.
 */
export type ContentReply =
  | { id: number; verdict: Exclude<Verdict, { verdict: 'import' | 'check-signature' }>; text?: string }
  | {
      id: number;
      importable: Omit<Importable, 'document' | 'text'> & { documentJson: string; part: { key: string; value?: unknown } | null };
      fingerprint: Fingerprint;
      text?: string;
    }
  | { id: number; small: { text: string; fingerprint: Fingerprint } }
  /** Not judged there (not read as a plain file, or the check failed): the main thread reads and judges it itself. */
  | { id: number; failed: string }
  /** Sent once, when the thread has loaded and takes documents. */
  | { ready: true };

/**
 * A smaller document (a calibration commitment is under 1 kB) is checked on the main thread in about the time
 * handing it over and taking its verdict back costs; a scorecard (15 kB, most of it its template) takes several
 * times longer.
 */
export const OFFLOAD_MIN_CHARS = 8 * 1024;

interface SharedPart {
  /** The part's key (what identifies it exactly, as checked) and the document without it. */
  take(document: unknown): { key: string; value: unknown; rest: unknown };
  put(rest: unknown, value: unknown): unknown;
}

/** A scorecard's template content is checked against its content hash, and each version kept once (shared/export/verify.ts). */
const SHARED_PARTS = new Map<string, SharedPart>([
  [
    scorecardKind.kind,
    {
      take(document) {
        const doc = document as ScorecardExport;
        return { key: doc.template.contentHash, value: doc.template.content, rest: { ...doc, template: { ...doc.template, content: null } } };
      },
      put: (rest, value) => ({ ...(rest as ScorecardExport), template: { ...(rest as ScorecardExport).template, content: value } }),
    },
  ],
]);

/** Parts kept by each side; both forget the oldest first, and see the same documents in the same order. */
const PARTS_REMEMBERED = 64;
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= PARTS_REMEMBERED) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** The checking thread's side. */
export function createEncoder() {
  const sent = new Map<string, true>();
  return (id: number, verdict: Verdict): ContentReply => {
    if (verdict.verdict === 'check-signature') throw new Error('a signature is checked before the verdict is sent');
    if (verdict.verdict !== 'import') return { id, verdict };
    const { document, text: _, ...rest } = verdict.document;
    const shared = SHARED_PARTS.get(rest.ref.kind);
    if (!shared) return { id, importable: { ...rest, documentJson: JSON.stringify(document), part: null }, fingerprint: verdict.fingerprint };
    const { key, value, rest: without } = shared.take(document);
    const part = sent.has(key) ? { key } : { key, value };
    if (!sent.has(key)) remember(sent, key, true);
    return { id, importable: { ...rest, documentJson: JSON.stringify(without), part }, fingerprint: verdict.fingerprint };
  };
}

/** The main thread's side: the verdict again; null when it cannot be put back together (the caller judges the entry itself). */
export function createDecoder() {
  const parts = new Map<string, unknown>();
  return (reply: Exclude<ContentReply, { ready: true } | { small: unknown }>, text: string): Verdict | null => {
    if ('failed' in reply) return null;
    if ('verdict' in reply) return reply.verdict;
    const { documentJson, part, ...rest } = reply.importable;
    let document = JSON.parse(documentJson) as unknown;
    const shared = SHARED_PARTS.get(rest.ref.kind);
    if (part && shared) {
      if ('value' in part) remember(parts, part.key, part.value);
      if (!parts.has(part.key)) return null;
      document = shared.put(document, parts.get(part.key));
    }
    return { verdict: 'import', document: { ...rest, document, text }, fingerprint: reply.fingerprint, opened: true };
  };
}
