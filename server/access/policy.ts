import { z } from 'zod';

export const Role = z.enum(['reviewer', 'team_leader', 'admin']);
export type Role = z.infer<typeof Role>;

/** Who is asking: the user behind a valid, unrevoked token. */
export interface Principal {
  userId: string;
  name: string;
  role: Role;
  /** Team keys (see ./team.ts) the user belongs to. */
  teamKeys: readonly string[];
  /** The same teams as written, for messages. */
  teams: readonly string[];
}

export type Verdict = { ok: true } | { ok: false; reason: string; message: string };

/**
 * Who may push a document that names its team (a scorecard: its agent's).
 * Everyone pushes only their own work (that the document's reviewer is the
 * user is checked against the reviewer bindings in the store, since it
 * depends on what was pushed before); a reviewer or team leader only for
 * their own teams; an admin for any team. A document whose kind names no
 * team is read by its pusher's teams, so it needs no such check.
 */
export function decidePush(who: Principal, noun: string, team: string, key: string): Verdict {
  if (who.role === 'admin') return { ok: true };
  if (who.teamKeys.includes(key)) return { ok: true };
  const yours = who.teams.length ? who.teams.map((t) => `"${t}"`).join(', ') : 'none';
  const what = key === '' ? 'has no team' : `is for team "${team}"`;
  return {
    ok: false,
    reason: 'team_not_yours',
    message: `The ${noun} ${what}, which is not one of your teams (${yours}). Ask the server's administrator to add you to it.`,
  };
}

/** What a pull may return: everything, or some teams' documents plus the user's own pushes. */
export type ReadScope = { all: true } | { all: false; teamKeys: string[]; ownUserId: string | null };

/**
 * Who may read what. A reviewer reads their teams' documents and their own;
 * a team leader reads their teams'; an admin reads all. Asking for a team
 * (`team=` in a pull) narrows the scope, and asking for a team that is not
 * yours is refused rather than silently answered with nothing.
 */
export function decideRead(who: Principal, requestedKeys: readonly string[]): { ok: true; scope: ReadScope } | { ok: false; reason: string; message: string } {
  const foreign = who.role === 'admin' ? [] : requestedKeys.filter((k) => !who.teamKeys.includes(k));
  if (foreign.length) {
    return { ok: false, reason: 'team_not_yours', message: `You may not read team ${foreign.map((k) => `"${k}"`).join(', ')}: it is not one of your teams.` };
  }
  if (requestedKeys.length) return { ok: true, scope: { all: false, teamKeys: [...new Set(requestedKeys)], ownUserId: null } };
  if (who.role === 'admin') return { ok: true, scope: { all: true } };
  return { ok: true, scope: { all: false, teamKeys: [...who.teamKeys], ownUserId: who.role === 'reviewer' ? who.userId : null } };
}
