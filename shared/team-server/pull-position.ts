import { z } from 'zod';

/**
 * Where a desktop's pull from a team server resumes, as the import runner
 * keeps it (import_cursors, saved with the last documents of a page): the
 * server's own cursor, and what it is a cursor of — the address asked and the
 * kinds asked for.
 *
 * A cursor moves past everything the server answered, so a cursor taken while
 * this install did not know a kind has moved past that kind's documents for
 * good; one taken at another address means nothing to this one. Either way the
 * pull starts again from the beginning, where the documents already here are
 * recognised by their names and never stored twice.
 */
const Position = z.object({ v: z.literal(1), url: z.string(), kinds: z.array(z.string()), since: z.string() });

export interface PullScope {
  /** The address pulled from (the target's URL). */
  url: string;
  /** The kinds asked for. */
  kinds: readonly string[];
}

const sorted = (kinds: readonly string[]) => [...new Set(kinds)].sort();

export function pullPositionText(scope: PullScope, since: string): string {
  return JSON.stringify({ v: 1, url: scope.url, kinds: sorted(scope.kinds), since });
}

/** The server cursor to pull from: the saved one when it was taken with this scope, else the beginning (''). */
export function resumePullFrom(saved: string | null, scope: PullScope): string {
  if (!saved) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return '';
  }
  const position = Position.safeParse(parsed);
  if (!position.success || position.data.url !== scope.url) return '';
  const kinds = sorted(scope.kinds);
  const same = position.data.kinds.length === kinds.length && position.data.kinds.every((k, i) => k === kinds[i]);
  return same ? position.data.since : '';
}
