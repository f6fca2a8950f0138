import { createHash } from 'node:crypto';

/**
 * The pull cursor, opaque to clients: a position in commit order (a seq no
 * later insert can go below, see store/documents.ts) and a check naming the
 * document stored at that position. The check is what makes a cursor from a
 * database restored from an older backup, or from another server, refused
 * instead of silently skipping documents: there, the same seq holds another
 * document, or none yet ("from the future").
 */
export interface CursorPoint {
  seq: number;
  /** 16 hex digits of the document at `seq`; empty at the start. */
  check: string;
}

export const START: CursorPoint = { seq: 0, check: '' };

const FORM = /^c1:(0|[1-9][0-9]{0,15}):([0-9a-f]{16})?$/;

export function encodeCursor(point: CursorPoint): string {
  return Buffer.from(`c1:${point.seq}:${point.check}`, 'utf8').toString('base64url');
}

/** An empty or absent cursor is the start; anything else must be one this server could have issued. */
export function decodeCursor(text: string | null | undefined): CursorPoint | null {
  if (!text) return START;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) return null;
  const m = FORM.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!m) return null;
  const seq = Number(m[1]);
  const check = m[2] ?? '';
  if ((seq === 0) !== (check === '') || !Number.isSafeInteger(seq)) return null;
  return { seq, check };
}

/** Cursors issued before documents had writers stay valid: a writer is named only where there is one. */
export function documentCheck(doc: { kind: string; documentId: string; revision: number; writer: string }): string {
  return createHash('sha256').update(`${doc.kind}/${doc.documentId}/r${doc.revision}${doc.writer ? `/${doc.writer}` : ''}`).digest('hex').slice(0, 16);
}
