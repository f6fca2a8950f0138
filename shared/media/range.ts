/**
 * HTTP `Range: bytes=` handling for recordings (RFC 9110 §14). One pure function,
 * used by both the Electron protocol handler and the browser host's media route,
 * so `<audio>` seeks the same way in both shells.
 */
export type ByteRange =
  /** No usable Range header (absent, another unit, or several ranges): send the whole file with 200. */
  | { kind: 'full' }
  /** One satisfiable range, inclusive bounds: send it with 206. */
  | { kind: 'partial'; start: number; end: number }
  /** Malformed or outside the file: 416 with `Content-Range: bytes *\/size`. */
  | { kind: 'unsatisfiable' };

const SPEC = /^\s*(\d*)\s*-\s*(\d*)\s*$/;

function toIndex(digits: string): number | null {
  if (digits === '') return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : NaN;
}

/** One `first-last`, `first-` or `-suffix` against a file of `size` bytes. */
function parseSpec(spec: string, size: number): ByteRange {
  const match = SPEC.exec(spec);
  if (!match) return { kind: 'unsatisfiable' };
  const first = toIndex(match[1] ?? '');
  const last = toIndex(match[2] ?? '');
  if (Number.isNaN(first) || Number.isNaN(last)) return { kind: 'unsatisfiable' };
  if (first === null) {
    // Suffix: the last N bytes; "-0" asks for nothing and cannot be satisfied.
    if (last === null || last === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - last), end: size - 1 };
  }
  if (first >= size) return { kind: 'unsatisfiable' };
  if (last === null) return { kind: 'partial', start: first, end: size - 1 };
  if (last < first) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start: first, end: Math.min(last, size - 1) };
}

export function parseRange(header: string | null | undefined, size: number): ByteRange {
  if (header === null || header === undefined) return { kind: 'full' };
  const eq = header.indexOf('=');
  // An unknown unit is ignored, as RFC 9110 asks; a bytes range that is malformed is refused.
  if (eq < 0 || header.slice(0, eq).trim().toLowerCase() !== 'bytes') return { kind: 'full' };
  const specs = header.slice(eq + 1).split(',');
  const parsed = specs.map((spec) => parseSpec(spec, size));
  if (parsed.length === 1) return parsed[0] ?? { kind: 'unsatisfiable' };
  // Several ranges: media elements never ask for them; rather than build multipart bodies,
  // send the whole file (allowed: a server may ignore Range) unless none of them is satisfiable.
  return parsed.some((r) => r.kind === 'partial') ? { kind: 'full' } : { kind: 'unsatisfiable' };
}

export interface MediaResponsePlan {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** Inclusive byte bounds to send; null for 416 (no body). */
  body: { start: number; end: number } | null;
}

/** Status, headers and byte span of the answer to one media request. */
export function planMediaResponse(rangeHeader: string | null | undefined, size: number, contentType: string): MediaResponsePlan {
  const common = { 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  const range = parseRange(rangeHeader, size);
  if (range.kind === 'unsatisfiable') {
    return { status: 416, headers: { ...common, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' }, body: null };
  }
  if (range.kind === 'full') {
    return {
      status: 200,
      headers: { ...common, 'Content-Type': contentType, 'Content-Length': String(size) },
      body: size > 0 ? { start: 0, end: size - 1 } : null,
    };
  }
  return {
    status: 206,
    headers: {
      ...common,
      'Content-Type': contentType,
      'Content-Length': String(range.end - range.start + 1),
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    },
    body: { start: range.start, end: range.end },
  };
}
