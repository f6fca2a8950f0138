import type { Migration } from '../migrate';

/**
 * Sync that no share can break (issue 12):
 *
 * - `sync_backfills`: "send existing" as durable work. A target added with
 *   it (or a share adopted) gets a row in the same transaction; the walk over
 *   earlier documents keeps its cursor here, so a quit or a crash resumes it
 *   at the next start instead of leaving documents unqueued.
 * - `export_documents.signature_state`: 'signed' once this install's key
 *   signed the frozen bytes; 'awaiting' when frozen before the key could be
 *   read (signed before anything is sent); 'legacy' for what was frozen
 *   before signatures existed, which stays as it was (its bytes may already
 *   be in shares) and is listed in this install's roster entry.
 * - `import_entries.content_sha256`: a skipped file that was read is
 *   compared by content at the next pass (a rewrite can keep size and time);
 *   `retry_tag`: what makes a skipped entry worth reading again (a roster
 *   entry arriving, a key trusted).
 * - `imported_documents.trust` and `signer_key`: how an imported document
 *   was vouched for; indexed by source, since an imported file's name is
 *   remembered there (not again in `import_entries`).
 * - `install_keys`: the keys of other installs, trusted on first use; at
 *   most one trusted per install, others kept to show and to compare.
 * - `unsigned_documents`: each install's roster list of documents it froze
 *   before it had a key.
 */
export const shareTrustMigration: Migration = {
  version: 5,
  name: 'share-trust',
  sql: `
CREATE TABLE sync_backfills (
  target_id TEXT PRIMARY KEY REFERENCES sync_targets (id) ON DELETE CASCADE,
  after_kind TEXT NOT NULL DEFAULT '',
  after_document_id TEXT NOT NULL DEFAULT '',
  after_revision INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  total INTEGER NOT NULL,
  started_at TEXT NOT NULL
) STRICT;

ALTER TABLE export_documents ADD COLUMN signature_state TEXT NOT NULL DEFAULT 'legacy' CHECK (signature_state IN ('legacy', 'awaiting', 'signed'));
CREATE INDEX export_documents_awaiting ON export_documents (signature_state) WHERE signature_state = 'awaiting';

ALTER TABLE import_entries ADD COLUMN content_sha256 TEXT;
ALTER TABLE import_entries ADD COLUMN retry_tag TEXT;
CREATE INDEX import_entries_retry ON import_entries (retry_tag) WHERE retry_tag IS NOT NULL;

ALTER TABLE imported_documents ADD COLUMN trust TEXT NOT NULL DEFAULT 'unsigned'
  CHECK (trust IN ('signed', 'signed-first-use', 'unsigned-listed', 'unsigned'));
ALTER TABLE imported_documents ADD COLUMN signer_key TEXT;
CREATE INDEX imported_documents_by_source ON imported_documents (source_id);

CREATE TABLE install_keys (
  install_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  standing TEXT NOT NULL CHECK (standing IN ('trusted', 'other', 'replaced')),
  reviewer_name TEXT NOT NULL DEFAULT '',
  in_roster INTEGER NOT NULL DEFAULT 0 CHECK (in_roster IN (0, 1)),
  first_seen_at TEXT NOT NULL,
  first_seen_source TEXT NOT NULL,
  PRIMARY KEY (install_id, public_key)
) STRICT;
CREATE UNIQUE INDEX install_keys_one_trusted ON install_keys (install_id) WHERE standing = 'trusted';

CREATE TABLE unsigned_documents (
  install_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  PRIMARY KEY (install_id, content_hash)
) STRICT, WITHOUT ROWID;
`,
};
