import type { Principal, Role } from '../access/policy';
import { teamKey } from '../access/team';
import type { Sql } from '../db/connect';

export type TokenLookup = { kind: 'valid'; principal: Principal } | { kind: 'revoked'; userName: string } | { kind: 'unknown' };

/** The user behind a token's hash, with their teams, in one indexed query. */
export async function findByToken(sql: Sql, tokenSha256: string): Promise<TokenLookup> {
  const [row] = await sql<{ id: string; name: string; role: Role; user_revoked: boolean; token_revoked: boolean; teams: string[] | null }[]>`
    SELECT u.id, u.name, u.role, u.revoked_at IS NOT NULL AS user_revoked, t.revoked_at IS NOT NULL AS token_revoked,
      (SELECT array_agg(team ORDER BY team) FROM user_teams WHERE user_id = u.id) AS teams
    FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_sha256 = ${tokenSha256}`;
  if (!row) return { kind: 'unknown' };
  if (row.user_revoked || row.token_revoked) return { kind: 'revoked', userName: row.name };
  const teams = row.teams ?? [];
  return { kind: 'valid', principal: { userId: row.id, name: row.name, role: row.role, teams, teamKeys: teams.map(teamKey) } };
}

export interface NewUser {
  id: string;
  name: string;
  role: Role;
  teams: readonly string[];
  tokenSha256: string;
  /** Desktop reviewer ids bound to this user from the start (otherwise the first push binds them). */
  reviewerIds: readonly string[];
  at: Date;
}

export class UserExistsError extends Error {
  override name = 'UserExistsError';
}

export async function createUser(sql: Sql, user: NewUser): Promise<void> {
  await sql.begin(async (tx) => {
    const inserted = await tx`INSERT INTO users (id, name, role, created_at) VALUES (${user.id}, ${user.name}, ${user.role}, ${user.at}) ON CONFLICT (name) DO NOTHING`;
    if (inserted.count === 0) throw new UserExistsError(`A user named "${user.name}" already exists.`);
    for (const team of new Map(user.teams.map((t) => [teamKey(t), t.trim()])).entries()) {
      await tx`INSERT INTO user_teams (user_id, team, team_key) VALUES (${user.id}, ${team[1]}, ${team[0]})`;
    }
    await tx`INSERT INTO tokens (token_sha256, user_id, created_at) VALUES (${user.tokenSha256}, ${user.id}, ${user.at})`;
    for (const reviewerId of user.reviewerIds) {
      const bound = await tx`INSERT INTO reviewer_bindings (reviewer_id, user_id, bound_at) VALUES (${reviewerId}, ${user.id}, ${user.at}) ON CONFLICT DO NOTHING`;
      if (bound.count === 0) throw new UserExistsError(`The reviewer id ${reviewerId} is already bound to another user.`);
    }
  });
}

/** Revokes the user and every token of theirs. Returns false when there is no such user. */
export async function revokeUser(sql: Sql, name: string, at: Date): Promise<boolean> {
  return sql.begin(async (tx) => {
    const [user] = await tx<{ id: string }[]>`UPDATE users SET revoked_at = coalesce(revoked_at, ${at}) WHERE name = ${name} RETURNING id`;
    if (!user) return false;
    await tx`UPDATE tokens SET revoked_at = ${at} WHERE user_id = ${user.id} AND revoked_at IS NULL`;
    return true;
  });
}

export interface UserView {
  name: string;
  role: Role;
  teams: string[];
  createdAt: string;
  revokedAt: string | null;
  reviewerIds: string[];
}

export async function listUsers(sql: Sql): Promise<UserView[]> {
  const rows = await sql<{ name: string; role: Role; created_at: Date; revoked_at: Date | null; teams: string[] | null; reviewers: string[] | null }[]>`
    SELECT u.name, u.role, u.created_at, u.revoked_at,
      (SELECT array_agg(team ORDER BY team) FROM user_teams WHERE user_id = u.id) AS teams,
      (SELECT array_agg(reviewer_id::text ORDER BY bound_at) FROM reviewer_bindings WHERE user_id = u.id) AS reviewers
    FROM users u ORDER BY u.name`;
  return rows.map((r) => ({
    name: r.name,
    role: r.role,
    teams: r.teams ?? [],
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    reviewerIds: r.reviewers ?? [],
  }));
}
