import type { ScorecardExport } from '../../../../shared/export';
import type { Fingerprint, Importable, Verdict } from '../../../../shared/sync/import-verdicts';
import { scorecardKind } from '../../../../shared/sync/kinds';

/**
 * A checking thread's answer (./verify-worker.ts). A document that passed
 * travels as JSON, which the main thread parses in a third of the time
 * structured cloning takes. A part that many documents share (a scorecard's
 * template and its canonical text, nine tenths of what is sent) travels once,
 * with the first document that has it. The file as read travels only when
 * the thread read it, as bytes when they are its UTF-8 (half the size of the
 * text, copied as they are).
 */
export type ContentReply =
  | { id: number; verdict: Exclude<Verdict, { verdict: 'import' | 'check-signature' }> }
  | {
      id: number;
      importable: Omit<Importable, 'document' | 'extra' | 'asRead'> & {
        documentJson: string;
        /** Absent when it is the shared part's. */
        extra?: unknown;
        part: { key: string; value?: unknown } | null;
        /** Absent when the main thread read the file and handed its text over. */
        asRead?: Importable['asRead'];
      };
      fingerprint: Fingerprint;
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

interface Whole {
  document: unknown;
  extra: unknown;
}

interface SharedPart {
  /** The part's key (what identifies it exactly, as checked) and the document and extra without it. */
  take(whole: Whole): { key: string; value: unknown; rest: Whole };
  put(rest: Whole, value: unknown): Whole;
}

/**
 * A scorecard's template content is checked against its content hash, and each version kept once
 * (shared/export/verify.ts); its canonical text (the scorecard's `extra`) hashes to that same key.
 */
const SHARED_PARTS = new Map<string, SharedPart>([
  [
    scorecardKind.kind,
    {
      take({ document, extra }) {
        const doc = document as ScorecardExport;
        return { key: doc.template.contentHash, value: { content: doc.template.content, extra }, rest: { document: { ...doc, template: { ...doc.template, content: null } }, extra: null } };
      },
      put({ document }, value) {
        const doc = document as ScorecardExport;
        const { content, extra } = value as { content: ScorecardExport['template']['content']; extra: unknown };
        return { document: { ...doc, template: { ...doc.template, content } }, extra };
      },
    },
  ],
]);

/** Parts kept by each side; both forget the oldest first, and see the same documents in the same order. */
const PARTS_REMEMBERED = 64;
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= PARTS_REMEMBERED) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** The checking thread's side; `readHere`: the thread read the file, so the main thread does not have it. */
export function createEncoder() {
  const sent = new Map<string, true>();
  return (id: number, verdict: Verdict, readHere: boolean): ContentReply => {
    if (verdict.verdict === 'check-signature') throw new Error('a signature is checked before the verdict is sent');
    if (verdict.verdict !== 'import') return { id, verdict };
    const { document, extra, asRead, ...rest } = verdict.document;
    const read = readHere ? { asRead } : {};
    const shared = SHARED_PARTS.get(rest.ref.kind);
    if (!shared) return { id, importable: { ...rest, ...read, extra, documentJson: JSON.stringify(document), part: null }, fingerprint: verdict.fingerprint };
    const { key, value, rest: without } = shared.take({ document, extra });
    const part = sent.has(key) ? { key } : { key, value };
    if (!sent.has(key)) remember(sent, key, true);
    return { id, importable: { ...rest, ...read, documentJson: JSON.stringify(without.document), part }, fingerprint: verdict.fingerprint };
  };
}

/**
 * The main thread's side: the verdict again, `here` the text it handed over (if it did); null when it cannot be put
 * back together (the caller judges the entry itself).
 */
export function createDecoder() {
  const parts = new Map<string, unknown>();
  return (reply: Exclude<ContentReply, { ready: true } | { small: unknown }>, here: string | undefined): Verdict | null => {
    if ('failed' in reply) return null;
    if ('verdict' in reply) return reply.verdict;
    const { documentJson, part, asRead = here, extra = null, ...rest } = reply.importable;
    let whole: Whole = { document: JSON.parse(documentJson) as unknown, extra };
    const shared = SHARED_PARTS.get(rest.ref.kind);
    if (part && shared) {
      if ('value' in part) remember(parts, part.key, part.value);
      if (!parts.has(part.key)) return null;
      whole = shared.put(whole, parts.get(part.key));
    }
    if (asRead === undefined) return null;
    return { verdict: 'import', document: { ...rest, ...whole, asRead }, fingerprint: reply.fingerprint, opened: true };
  };
}
