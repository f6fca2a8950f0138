import { z } from 'zod';
import { documentRelativePath } from '../../../../shared/sync/layout';
import { rosterKind, ROSTER_FORMAT, type RosterEntry } from '../../../../shared/sync/roster';
import { hashedDocumentText } from '../../../../shared/sync/hashed-document';
import { signDocumentText } from '../../../../shared/sync/signature';
import type { SettingsRepository } from '../../repositories/settings';
import type { OutgoingItem } from '../delivery';
import { sha256Hex } from '../export/sha256';
import type { InstallKey } from './install-key';

const SETTING = 'sync.rosterEntry';
const Frozen = z.object({ keyNumber: z.number().int(), publicKey: z.string(), body: z.string() });

export interface RosterEntrySource {
  installId: string;
  reviewerName(): string;
  /** Content hashes of what this install froze before it signed (export_documents 'legacy'). */
  unsignedDocuments(): string[];
}

/**
 * This install's roster entry (shared/sync/roster.ts) as the file a folder
 * target writes into each share. Built once per key and kept, so every share
 * gets the same bytes and a share written to again finds its own file
 * identical.
 */
export function rosterEntryItem(key: InstallKey, source: RosterEntrySource, settings: SettingsRepository): OutgoingItem {
  const frozen = settings.get(SETTING, Frozen);
  let body = frozen?.keyNumber === key.keyNumber && frozen.publicKey === key.publicKey ? frozen.body : null;
  if (body === null) {
    const entry: Omit<RosterEntry, 'contentHash' | 'signature'> = {
      format: ROSTER_FORMAT,
      formatVersion: 1,
      installId: source.installId,
      keyNumber: key.keyNumber,
      publicKey: key.publicKey,
      reviewerName: source.reviewerName(),
      keyCreatedAt: key.createdAt,
      unsignedDocuments: source.unsignedDocuments(),
    };
    body = signDocumentText(rosterKind.kind, hashedDocumentText(entry, sha256Hex).text, key, sha256Hex).text;
    settings.set(SETTING, { keyNumber: key.keyNumber, publicKey: key.publicKey, body });
  }
  const ref = { documentId: source.installId, revision: key.keyNumber, writer: '' };
  return { kind: rosterKind.kind, ...ref, body, contentHash: sha256Hex(body), relativePath: documentRelativePath(rosterKind, ref, key.createdAt) };
}
