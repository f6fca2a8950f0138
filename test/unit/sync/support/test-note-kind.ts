import { z } from 'zod';
import type { CallmarkService } from '../../../../electron/services';
import type { ImportedEvent } from '../../../../electron/services/hooks';
import { sha256Hex } from '../../../../electron/services/sync/export/sha256';
import { DOCUMENT_BUILDERS, type DocumentBuilderFactory } from '../../../../electron/services/sync/kinds';
import { Id, IsoDateTime } from '../../../../shared/schemas/common';
import { hashedDocumentText, verifyHashedText, type HashedFormat } from '../../../../shared/sync/hashed-document';
import { DOCUMENT_KINDS, type DocumentKind, type WrittenRef } from '../../../../shared/sync/kinds';
import type { ServiceSetup } from '../../../support/service';

/**
 * A test-only document kind, registered the way a feature registers one: a
 * note that several installs may write under one id (as a calibration
 * session's agenda might be), so its file names carry the writer's install
 * id. It proves the sync layer knows nothing of scorecards it does not have to.
 */
export const TestNote = z.object({
  format: z.literal('callmark.test-note'),
  formatVersion: z.literal(1),
  noteId: Id,
  revision: z.number().int().min(1),
  writtenAt: IsoDateTime,
  text: z.string(),
  origin: z.object({ installId: Id }),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TestNote = z.infer<typeof TestNote>;

const format: HashedFormat<typeof TestNote> = { format: 'callmark.test-note', version: 1, schema: TestNote, what: 'a Callmark test note' };

export const testNoteKind: DocumentKind<TestNote, null> = {
  kind: 'test-note',
  folder: 'test-notes',
  noun: 'test note',
  writers: 'many-installs',
  schema: TestNote,
  verify(text, sha256) {
    const verified = verifyHashedText(text, format, sha256);
    return verified.ok ? { ok: true, document: verified.document, raw: verified.raw, extra: null } : verified;
  },
  facts: (note) => ({ documentId: note.noteId, revision: note.revision, installId: note.origin.installId, contentHash: note.contentHash, placedAt: note.writtenAt }),
  // As a calibration submission, whose hash its commitment names: signing leaves the content hash as built.
  keepsContentHash: true,
};

/**
 * One install's notes: what its feature would keep in its own tables, kept
 * here in memory, and the builder that freezes them. `complete` is what the
 * feature does when a note is done: its data and the completion hooks, in one
 * transaction.
 */
export function testNotes() {
  const texts = new Map<string, string>();
  const builder: DocumentBuilderFactory = ({ ctx, settings }) => ({
    kind: testNoteKind.kind,
    build(ref) {
      const text = texts.get(`${ref.documentId}:r${ref.revision}`);
      if (text === undefined) throw new Error(`no test note ${ref.documentId} revision ${ref.revision}`);
      const withoutHash = { format: format.format, formatVersion: 1, noteId: ref.documentId, revision: ref.revision, writtenAt: ctx.now(), text, origin: { installId: settings.installId() } };
      const { text: body, contentHash } = hashedDocumentText(withoutHash, sha256Hex);
      return { document: { ...withoutHash, contentHash }, body };
    },
  });
  const setup: ServiceSetup = { modules: { sync: { kinds: [...DOCUMENT_KINDS, testNoteKind], builders: [...DOCUMENT_BUILDERS, builder] } } };
  return {
    setup,
    complete(service: CallmarkService, noteId: string, revision: number, text: string): void {
      const { db, hooks } = service.context;
      db.transaction(() => {
        texts.set(`${noteId}:r${revision}`, text);
        hooks.completed.run({ kind: testNoteKind.kind, documentId: noteId, revision });
      })();
    },
  };
}

/** Every document the imported hooks of a service see, from now on: what reports or coaching would react to. */
export function importedSeenBy(service: CallmarkService): ImportedEvent[] {
  const seen: ImportedEvent[] = [];
  service.context.hooks.imported.on('react', (event) => seen.push(event));
  return seen;
}

export const refKey = (ref: WrittenRef) => `${ref.kind}/${ref.documentId}/r${ref.revision}/${ref.writer}`;
