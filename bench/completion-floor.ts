import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { time, type Timing } from './harness';

/**
 * The write a completion cannot avoid, as a raw limit beside issue 7's: how
 * many database pages one completion puts in the log (the scorecard and its
 * status indexes, the revision, the stored score, the report row and its
 * indexes, the day and month facts, the frozen export document and its
 * overflow pages), and one bare transaction rewriting that many distinct pages
 * with the same fsync, timed the same way. A bare answer upsert writes one or
 * two pages, so no completion can come within a small multiple of it; this
 * figure shows how close completion comes to its own floor.
 */
export function pagesWritten(db: Database.Database, databasePath: string, step: () => void): number {
  // Start from an empty log so every frame in it afterwards is this step's (one frame per page written).
  db.pragma('wal_checkpoint(TRUNCATE)');
  step();
  const wal = fs.readFileSync(`${databasePath}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const pages = new Set<number>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.add(wal.readUInt32BE(at));
  return pages.size;
}

/** Times `samples` transactions each rewriting `pages` distinct pages of a scratch table in the same database. */
export function rewritePages(db: Database.Database, pages: number, samples: number): Timing {
  const rows = Math.max(4 * pages, 512);
  db.exec('DROP TABLE IF EXISTS bench_floor; CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, body BLOB)');
  const insert = db.prepare('INSERT INTO bench_floor (id, body) VALUES (?, ?)');
  // 3 000 bytes a row: one row a page, so rewriting a row rewrites one page.
  db.transaction(() => {
    for (let id = 0; id < rows; id++) insert.run(id, Buffer.alloc(3000, id & 255));
  })();
  const update = db.prepare('UPDATE bench_floor SET body = ? WHERE id = ?');
  let round = 0;
  const rewrite = db.transaction(() => {
    round += 1;
    for (let k = 0; k < pages; k++) update.run(Buffer.alloc(3000, round & 255), (round * 131 + k * 7) % rows);
  });
  try {
    return time(() => rewrite(), samples);
  } finally {
    db.exec('DROP TABLE bench_floor');
  }
}
