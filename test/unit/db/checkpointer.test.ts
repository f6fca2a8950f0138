import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCheckpointer, type Checkpointer } from '../../../electron/services/db/checkpointer';
import { openDatabase, type OpenedDatabase } from '../../../electron/services/db/open';
import { tempFolder } from '../../support/service';

let opened: OpenedDatabase | null = null;
let checkpointer: Checkpointer | null = null;
afterEach(async () => {
  await checkpointer?.stop();
  opened?.close();
  opened = checkpointer = null;
});

function start(): { opened: OpenedDatabase; checkpointer: Checkpointer } {
  opened = openDatabase(tempFolder('callmark-checkpoints-'));
  checkpointer = startCheckpointer(opened.db, opened.path);
  if (!checkpointer) throw new Error('the checkpoint worker did not start in plain Node');
  return { opened, checkpointer };
}

/** Frames in the log that are not in the database file yet, as the main connection sees them. */
function pending(db: OpenedDatabase['db']): number {
  // SQLite has no read-only way to ask: a PASSIVE checkpoint that finds everything copied answers log === checkpointed.
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  return row!.log - row!.checkpointed;
}

describe('the checkpoint worker', () => {
  it('takes checkpoints off the saving thread: the main connection only keeps a far-off backstop', () => {
    const { opened } = start();
    expect(opened.db.pragma('wal_autocheckpoint', { simple: true })).toBe(8000);
  });

  it('copies the log back into the database once the app is idle, without being asked', async () => {
    const { opened, checkpointer } = start();
    opened.db.exec('CREATE TABLE probe_notes (id INTEGER PRIMARY KEY, body TEXT)');
    const insert = opened.db.prepare('INSERT INTO probe_notes (body) VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(2000));
    await vi.waitFor(() => expect(checkpointer.checkpoints()).toBeGreaterThan(0), { timeout: 10_000, interval: 50 });
    expect(pending(opened.db)).toBe(0);
  });

  it('stops cleanly, so the database closes as the last connection and leaves no log behind', async () => {
    const started = start();
    started.opened.db.exec('CREATE TABLE probe_notes (id INTEGER PRIMARY KEY, body TEXT)');
    started.opened.db.prepare('INSERT INTO probe_notes (body) VALUES (?)').run('kept');
    const file = started.opened.path;
    await started.checkpointer.stop();
    started.opened.close();
    opened = checkpointer = null;
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = openDatabase(path.dirname(file));
    try {
      expect(again.db.prepare('SELECT body FROM probe_notes').pluck().all()).toEqual(['kept']);
    } finally {
      again.close();
    }
  });
});
