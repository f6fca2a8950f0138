import type Database from 'better-sqlite3';

/**
 * Runs `work` in one transaction whose commit is written to the log but not
 * flushed to the disk (synchronous=NORMAL, under WAL), then puts back FULL.
 * Only for bookkeeping that may be lost to a power cut without harm, because
 * what it records is done again idempotently (an outbox "sent" mark: the file
 * is found identical, the server answers with the same key). The log stays
 * consistent: a torn tail fails its checksum and is ignored on recovery, and
 * the next flushed commit makes this one durable too. Each flush costs as much
 * as writing a shared file, so a drain of thousands of files pays one per
 * file less.
 */
export function commitUnflushed<T>(db: Database.Database, work: () => T): T {
  db.pragma('synchronous = NORMAL');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma('synchronous = FULL');
  }
}
