import type Database from 'better-sqlite3';

/** As Signal Desktop does for its SQL calls: anything slower is worth a line in the log. */
export const SLOW_STATEMENT_MS = 40;

export interface SlowStatement {
  /** The statement's SQL, whitespace collapsed: never its parameters, which hold people's names and comments. */
  sql: string;
  ms: number;
}

export type SlowStatementLog = (statement: SlowStatement) => void;

export interface WatchOptions {
  log?: SlowStatementLog;
  thresholdMs?: number;
  /** Injectable for tests: milliseconds from any fixed point. */
  now?: () => number;
}

const MAX_SQL_CHARS = 300;

const defaultLog: SlowStatementLog = ({ sql, ms }) => console.warn(`callmark: slow SQL statement (${Math.round(ms)} ms): ${sql}`);

/**
 * Times every statement prepared on `db` from now on (run, get, all, and the
 * rows of iterate, not the caller's work between them) and reports those that
 * take `thresholdMs` or longer. The cost on the hot path is two clock reads
 * per call, next to a statement that takes a tenth of a millisecond at best
 * (see bench/reviews.ts). A transaction's COMMIT (its fsync) is not a
 * prepared statement and is not timed here.
 */
export function watchSlowStatements(db: Database.Database, { log = defaultLog, thresholdMs = SLOW_STATEMENT_MS, now = () => performance.now() }: WatchOptions = {}): void {
  const prepare = db.prepare.bind(db);
  unwatched.set(db, prepare);
  const report = (source: string, ms: number) => {
    if (ms < thresholdMs) return;
    const sql = source.replace(/\s+/g, ' ').trim();
    log({ sql: sql.length > MAX_SQL_CHARS ? `${sql.slice(0, MAX_SQL_CHARS - 1)}…` : sql, ms });
  };
  db.prepare = ((source: string) => timed(prepare(source), report, now)) as typeof db.prepare;
}

const unwatched = new WeakMap<Database.Database, Database.Database['prepare']>();

/** Benches only: statements prepared without the watch, so a raw limit is measured without its cost. */
export function prepareUnwatched(db: Database.Database): Database.Database['prepare'] {
  return unwatched.get(db) ?? db.prepare.bind(db);
}

type AnyStatement = Database.Statement<unknown[], unknown>;

function timed<S extends AnyStatement>(statement: S, report: (source: string, ms: number) => void, now: () => number): S {
  for (const method of ['run', 'get', 'all'] as const) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    (statement as Record<string, unknown>)[method] = function (this: S, ...args: unknown[]) {
      const start = now();
      try {
        return original.apply(this, args);
      } finally {
        report(statement.source, now() - start);
      }
    };
  }
  const iterate = statement.iterate as (...args: unknown[]) => IterableIterator<unknown>;
  (statement as Record<string, unknown>).iterate = function (this: S, ...args: unknown[]) {
    let spent = 0;
    let reported = false;
    const finish = () => {
      if (!reported) report(statement.source, spent);
      reported = true;
    };
    const start = now();
    const rows = iterate.apply(this, args);
    spent += now() - start;
    const timedRows: IterableIterator<unknown> = {
      next() {
        const at = now();
        try {
          const step = rows.next();
          spent += now() - at;
          if (step.done) finish();
          return step;
        } catch (error) {
          spent += now() - at;
          finish();
          throw error;
        }
      },
      return(value?: unknown) {
        finish();
        return rows.return ? rows.return(value) : { done: true, value };
      },
      [Symbol.iterator]() {
        return timedRows;
      },
    };
    return timedRows;
  };
  return statement;
}
