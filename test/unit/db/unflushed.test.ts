import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../electron/services/db/open';
import { commitUnflushed } from '../../../electron/services/db/unflushed';
import { tempFolder } from '../../support/service';

/**
 * The outbox's "sent" marks are committed without a flush; everything else the app saves must still be flushed. So
 * the relaxed setting may last exactly as long as that one transaction, whatever happens inside it.
 */
let opened: OpenedDatabase | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

const FULL = 2;

function setUp() {
  opened = openDatabase(tempFolder('callmark-unflushed-'));
  opened.db.exec('CREATE TABLE marks (id INTEGER PRIMARY KEY, at TEXT NOT NULL)');
  return opened.db;
}

describe('a commit without a flush', () => {
  it('commits where another connection reads it, and every later commit is flushed again', () => {
    const db = setUp();
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    commitUnflushed(db, () => {
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      db.prepare('INSERT INTO marks (at) VALUES (?)').run('2026-11-30T07:00:00.000Z');
    });
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    const other = new Database(opened!.path, { readonly: true });
    try {
      expect(other.prepare('SELECT COUNT(*) FROM marks').pluck().get()).toBe(1);
    } finally {
      other.close();
    }
  });

  it('rolls back whole when the work throws, and still puts the flush back', () => {
    const db = setUp();
    expect(() =>
      commitUnflushed(db, () => {
        db.prepare('INSERT INTO marks (at) VALUES (?)').run('2026-11-30T07:00:00.000Z');
        throw new Error('the target went away');
      }),
    ).toThrow('the target went away');
    expect(db.prepare('SELECT COUNT(*) FROM marks').pluck().get()).toBe(0);
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
  });
});
