import { z } from 'zod';
import { Id } from '../../shared/schemas/common';
import { Role } from '../access/policy';
import { newToken, tokenSha256 } from '../access/token';
import { createUser, listUsers, revokeUser } from '../store/users';
import { parseOptions, UsageError } from './args';
import { ConfigOption, configOf, withDatabase, type CliIo } from './io';

const Name = z.string().trim().min(1, { message: 'is required' }).max(200);

/**
 * `callmark-server create-user --name N --role reviewer|team_leader|admin
 * [--team T]... [--reviewer-id UUID]...`: prints the new user's token on
 * stdout, once (only its hash is kept); what it is for goes to stderr, so
 * `TOKEN=$(callmark-server create-user …)` captures the token alone.
 */
export async function createUserCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(
    argv,
    { name: { type: 'string' }, role: { type: 'string' }, team: { type: 'string', multiple: true }, 'reviewer-id': { type: 'string', multiple: true } },
    z
      .object({
        ...ConfigOption,
        name: Name,
        role: Role,
        team: z.array(z.string().trim().min(1, { message: 'must not be empty' }).max(200)).default([]),
        'reviewer-id': z.array(Id).default([]),
      })
      .strict(),
  );
  if (options.role !== 'admin' && options.team.length === 0) throw new UsageError('--team: a reviewer or team leader needs at least one team.');
  const config = configOf(io, options.config);
  const token = newToken(io.randomBytes);
  await withDatabase(config, (sql) =>
    createUser(sql, {
      id: io.newId(),
      name: options.name,
      role: options.role,
      teams: options.team,
      tokenSha256: tokenSha256(token),
      reviewerIds: options['reviewer-id'],
      at: io.now(),
    }),
  );
  const teams = options.team.length ? `teams: ${options.team.join(', ')}` : 'all teams';
  io.err(`Created ${options.role} "${options.name}" (${teams}). The token below is shown only now: give it to them to paste into Callmark's server settings.\n`);
  io.out(`${token}\n`);
  return 0;
}

/** `callmark-server revoke-user --name N`: the user's tokens stop working at their next request. */
export async function revokeUserCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(argv, { name: { type: 'string' } }, z.object({ ...ConfigOption, name: Name }).strict());
  const config = configOf(io, options.config);
  const found = await withDatabase(config, (sql) => revokeUser(sql, options.name, io.now()));
  if (!found) throw new UsageError(`--name: there is no user named "${options.name}".`);
  io.out(`Revoked "${options.name}" and every token of theirs. What they pushed stays.\n`);
  return 0;
}

/** `callmark-server list-users`: one JSON line per user (no tokens: only their hashes are kept). */
export async function listUsersCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(argv, {}, z.object(ConfigOption).strict());
  const users = await withDatabase(configOf(io, options.config), listUsers);
  for (const user of users) io.out(`${JSON.stringify(user)}\n`);
  return 0;
}
