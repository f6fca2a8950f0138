import type Database from 'better-sqlite3';

/** 'trusted': the key documents of that install must carry. 'other': a second key seen for it, not trusted. 'replaced': trusted once. */
export type KeyStanding = 'trusted' | 'other' | 'replaced';

export interface InstallKey {
  installId: string;
  publicKey: string;
  standing: KeyStanding;
  reviewerName: string;
  /** Seen in a share's roster (not only on documents). */
  inRoster: boolean;
  firstSeenAt: string;
  /** The share (import source) it was first seen in. */
  firstSeenSource: string;
}

/** A key as it is first met: on a roster entry (with the reviewer's name) or on a signed document. */
export interface MetKey {
  installId: string;
  publicKey: string;
  reviewerName: string;
  inRoster: boolean;
  at: string;
  sourceId: string;
}

interface KeyRow {
  install_id: string;
  public_key: string;
  standing: KeyStanding;
  reviewer_name: string;
  in_roster: number;
  first_seen_at: string;
  first_seen_source: string;
}

const toKey = (r: KeyRow): InstallKey => ({
  installId: r.install_id,
  publicKey: r.public_key,
  standing: r.standing,
  reviewerName: r.reviewer_name,
  inRoster: r.in_roster === 1,
  firstSeenAt: r.first_seen_at,
  firstSeenSource: r.first_seen_source,
});

/**
 * Other installs' public keys, as this install came to know them (migration
 * 005): the first one seen for an install is trusted (trust on first use),
 * any other is kept apart to be shown and compared, and trusted only when the
 * user says so. Also each install's roster list of documents it wrote before
 * it had a key.
 */
export function createInstallKeysStore(db: Database.Database) {
  const meet = db.prepare(
    `INSERT INTO install_keys (install_id, public_key, standing, reviewer_name, in_roster, first_seen_at, first_seen_source)
     VALUES (@installId, @publicKey, @standing, @reviewerName, @inRoster, @at, @sourceId)
     ON CONFLICT (install_id, public_key) DO UPDATE SET
       in_roster = MAX(in_roster, excluded.in_roster),
       reviewer_name = CASE WHEN excluded.in_roster = 1 THEN excluded.reviewer_name ELSE reviewer_name END`,
  );
  const trusted = db.prepare<[string], KeyRow>(`SELECT * FROM install_keys WHERE install_id = ? AND standing = 'trusted'`);
  const anyNamed = db.prepare<[string], { reviewer_name: string }>(
    `SELECT reviewer_name FROM install_keys WHERE install_id = ? AND reviewer_name <> '' ORDER BY standing = 'trusted' DESC LIMIT 1`,
  );
  const one = db.prepare<[string, string], KeyRow>('SELECT * FROM install_keys WHERE install_id = ? AND public_key = ?');
  const all = db.prepare<[], KeyRow>('SELECT * FROM install_keys ORDER BY reviewer_name, install_id, first_seen_at');
  const demote = db.prepare(`UPDATE install_keys SET standing = 'replaced' WHERE install_id = ? AND standing = 'trusted'`);
  const promote = db.prepare(`UPDATE install_keys SET standing = 'trusted' WHERE install_id = ? AND public_key = ?`);
  const addUnsigned = db.prepare('INSERT INTO unsigned_documents (install_id, content_hash) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const listed = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM unsigned_documents WHERE install_id = ? AND content_hash = ?');

  return {
    trusted: (installId: string): InstallKey | null => {
      const row = trusted.get(installId);
      return row ? toKey(row) : null;
    },
    get: (installId: string, publicKey: string): InstallKey | null => {
      const row = one.get(installId, publicKey);
      return row ? toKey(row) : null;
    },
    /** The reviewer's name a roster gave for the install, or null. */
    nameOf: (installId: string): string | null => anyNamed.get(installId)?.reviewer_name ?? null,
    /** Trust on first use: the install had no trusted key, this is it now. */
    trustFirst: (key: MetKey) => void meet.run({ ...key, standing: 'trusted', inRoster: key.inRoster ? 1 : 0 }),
    /** A key met again (its roster entry after its documents, or the reverse): what is new about it is kept. */
    meetAgain: (key: MetKey) => void meet.run({ ...key, standing: 'other', inRoster: key.inRoster ? 1 : 0 }),
    /** The user compared fingerprints and trusts this key for the install from now on. */
    trustInstead(installId: string, publicKey: string): boolean {
      return db.transaction(() => {
        if (!one.get(installId, publicKey)) return false;
        demote.run(installId);
        promote.run(installId, publicKey);
        return true;
      })();
    },
    list: (): InstallKey[] => all.all().map(toKey),
    addUnsignedDocuments(installId: string, contentHashes: readonly string[]): void {
      for (const hash of contentHashes) addUnsigned.run(installId, hash);
    },
    isListedUnsigned: (installId: string, contentHash: string): boolean => listed.get(installId, contentHash) !== undefined,
  };
}
export type InstallKeysStore = ReturnType<typeof createInstallKeysStore>;
