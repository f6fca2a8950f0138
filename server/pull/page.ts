import type { ReadScope } from '../access/policy';
import type { Sql } from '../db/connect';
import { readPage, type PulledRow } from '../store/pull';
import { decodeCursor, documentCheck, encodeCursor, type CursorPoint } from './cursor';

export interface PullRequest {
  since: string | undefined;
  limit: number;
  scope: ReadScope;
  kinds: readonly string[];
}

export interface OpenedPull {
  ok: true;
  /** The page's documents, in commit order, in batches; read to the end before calling `end`. */
  batches: AsyncIterable<PulledRow[]>;
  /** Where to continue, once the batches are read. */
  end(): { nextCursor: string; hasMore: boolean; count: number };
}

export type PullResult = OpenedPull | { ok: false; reason: 'cursor_invalid' | 'cursor_from_future' | 'cursor_unknown'; message: string };

const RESTART = 'Pull again from the beginning (an empty cursor): documents already read come back and are recognised by id and revision.';

/**
 * Opens one page of a pull: documents after the cursor, in commit order, that
 * the caller may read, then the cursor to continue from. The next cursor moves
 * past documents the caller may not read too, so a team leader of a small
 * team does not rescan a busy server's rows on every pull.
 */
export async function openPull(sql: Sql, request: PullRequest): Promise<PullResult> {
  const start = decodeCursor(request.since);
  if (!start) return { ok: false, reason: 'cursor_invalid', message: `The cursor is not one this server issues. ${RESTART}` };
  const arrived = rowQueue();
  // One more row than the page holds says whether there is more; it is not sent.
  const read = await readPage(sql, { after: start.seq, limit: request.limit + 1, scope: request.scope, kinds: request.kinds }, arrived.push);
  read.done.then(arrived.end, arrived.fail);
  const [newest, atStart] = await Promise.all([read.newest, read.atStart]);
  const upTo = newest?.seq ?? 0;
  if (start.seq > upTo) {
    return {
      ok: false,
      reason: 'cursor_from_future',
      message: `The cursor points past everything this server holds: it comes from another server, or this one was restored from an older backup. ${RESTART}`,
    };
  }
  if (start.seq > 0 && (!atStart || documentCheck(atStart) !== start.check)) {
    return {
      ok: false,
      reason: 'cursor_unknown',
      message: `The cursor does not match this server's documents: it comes from another server, or this one was restored from a backup. ${RESTART}`,
    };
  }
  let count = 0;
  let last: PulledRow | null = null;
  let hasMore = false;
  async function* batches(): AsyncGenerator<PulledRow[]> {
    for await (const batch of arrived.batches()) {
      const room = request.limit - count;
      if (batch.length > room) hasMore = true;
      const sent = batch.slice(0, room);
      if (sent.length) {
        count += sent.length;
        last = sent.at(-1)!;
        yield sent;
      }
    }
  }
  return {
    ok: true,
    batches: batches(),
    end() {
      let next: CursorPoint;
      if (hasMore && last) next = { seq: last.seq, check: documentCheck(last) };
      else if (!newest || upTo === start.seq) next = start;
      else next = { seq: upTo, check: documentCheck(newest) };
      return { nextCursor: encodeCursor(next), hasMore, count };
    },
  };
}

/**
 * Rows written to the answer at a time: about 3 MB of scorecards, as when
 * they were fetched from a cursor in batches. A socket read's worth (a few
 * rows) at a time made many small writes, and no faster pull.
 */
const BATCH = 200;

/**
 * Rows as PostgreSQL hands them over, read in batches of BATCH, or of what
 * is left once the page is read (never more than a page).
 */
function rowQueue() {
  let queue: PulledRow[] = [];
  let state: { done: false } | { done: true; error?: unknown } = { done: false };
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  return {
    push(row: PulledRow) {
      queue.push(row);
      if (queue.length >= BATCH) notify();
    },
    end() {
      state = { done: true };
      notify();
    },
    fail(error: unknown) {
      state = { done: true, error };
      notify();
    },
    async *batches(): AsyncGenerator<PulledRow[]> {
      for (;;) {
        if (queue.length >= BATCH || (queue.length && state.done)) {
          const batch = queue;
          queue = [];
          yield batch;
        } else if (state.done) {
          if ('error' in state) throw state.error;
          return;
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
