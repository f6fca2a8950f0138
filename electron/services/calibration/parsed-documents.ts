import type { CalibrationDocumentKey } from './store/documents';

/**
 * Calibration documents never change once written (a trigger holds it), so
 * each is parsed once and kept: a results screen asked for again reads which
 * documents its session has, not their bytes. Bounded, as years of sessions
 * must not all stay in memory: when full it starts again empty.
 */
export function createParsedDocuments(limit = 20_000) {
  const parsed = new Map<string, unknown>();
  return {
    get(key: CalibrationDocumentKey, read: () => string | null): unknown {
      const id = `${key.kind}:${key.documentId}:${key.revision}:${key.writer}:${key.contentHash}`;
      if (parsed.has(id)) return parsed.get(id);
      const body = read();
      // Verified on arrival, or built here against its schema: the database is trusted, and JSON is all it takes.
      const doc: unknown = body === null ? null : JSON.parse(body);
      if (parsed.size >= limit) parsed.clear();
      parsed.set(id, doc);
      return doc;
    },
  };
}
export type ParsedDocuments = ReturnType<typeof createParsedDocuments>;
