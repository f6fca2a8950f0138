import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SLOW_STATEMENT_MS, watchSlowStatements, type SlowStatement } from '../../../electron/services/db/slow-statements';

/** A clock that moves `step` ms at every reading: every statement seems to take that long, with no waiting. */
function steppingClock(step: number) {
  let t = 0;
  return () => (t += step);
}

function watched(step: number) {
  const db = new Database(':memory:');
  const logged: SlowStatement[] = [];
  watchSlowStatements(db, { log: (s) => logged.push(s), now: steppingClock(step) });
  db.prepare('CREATE TABLE people (name TEXT, note TEXT)').run();
  return { db, logged };
}

describe('slow statements', () => {
  it('are reported at 40 ms and over, with their SQL and never their parameters', () => {
    const { db, logged } = watched(SLOW_STATEMENT_MS);
    db.prepare('INSERT INTO people (name, note)\n   VALUES (?, ?)').run('Carol Customer', 'called about her bill');
    expect(db.prepare('SELECT name FROM people WHERE name = ?').get('Carol Customer')).toEqual({ name: 'Carol Customer' });
    expect(db.prepare('SELECT * FROM people').all()).toHaveLength(1);
    expect(logged.map((l) => l.sql)).toEqual([
      'CREATE TABLE people (name TEXT, note TEXT)',
      'INSERT INTO people (name, note) VALUES (?, ?)',
      'SELECT name FROM people WHERE name = ?',
      'SELECT * FROM people',
    ]);
    expect(logged.every((l) => l.ms === SLOW_STATEMENT_MS)).toBe(true);
    expect(JSON.stringify(logged)).not.toContain('Carol');
  });

  it('are not reported under the threshold', () => {
    const { db, logged } = watched(SLOW_STATEMENT_MS - 1);
    db.prepare('INSERT INTO people (name) VALUES (?)').run('Ada');
    db.prepare('SELECT * FROM people').all();
    expect(logged).toEqual([]);
  });

  it("time an iteration by its rows only, not by the caller's work between them, and report it once", () => {
    const iterateWith = (perReading: number) => {
      const db = new Database(':memory:');
      db.exec('CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (1), (2), (3), (4)');
      const logged: SlowStatement[] = [];
      let t = 0;
      watchSlowStatements(db, { log: (s) => logged.push(s), now: () => (t += perReading) });
      const rows: number[] = [];
      for (const row of db.prepare<[], { v: number }>('SELECT v FROM n').iterate()) {
        rows.push(row.v);
        t += 1000; // the caller is slow between rows; that is not the statement's time
      }
      expect(rows).toEqual([1, 2, 3, 4]);
      return logged;
    };
    // Six timed steps (the call, four rows, the end), each one clock step long: 30 ms, then 60 ms, in all.
    expect(iterateWith(5)).toEqual([]);
    expect(iterateWith(10)).toEqual([{ sql: 'SELECT v FROM n', ms: 60 }]);
  });
});
