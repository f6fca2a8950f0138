import { ConfigError } from '../config/load';
import { SchemaError } from '../db/migrate';
import { UserExistsError } from '../store/users';
import { UsageError } from './args';
import { exportCommand } from './export';
import type { CliIo } from './io';
import { migrateCommand } from './migrate';
import { serveCommand } from './serve';
import { createUserCommand, listUsersCommand, revokeUserCommand } from './users';

const commands: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  migrate: migrateCommand,
  serve: serveCommand,
  'create-user': createUserCommand,
  'revoke-user': revokeUserCommand,
  'list-users': listUsersCommand,
  export: exportCommand,
};

export const USAGE = `Usage: callmark-server <command> [--config FILE] [options]

  migrate                                  apply pending database migrations
  serve                                    run the server (stops gracefully on SIGTERM)
  create-user --name N --role R [--team T]... [--reviewer-id UUID]...
                                           R: reviewer | team_leader | admin; prints the token once
  revoke-user --name N                     stop the user's tokens working
  list-users                               one JSON line per user
  export --out DIR [--since CURSOR]        write stored documents as files; prints the next cursor

The configuration is JSON (--config FILE or CALLMARK_SERVER_CONFIG); CALLMARK_DATABASE_URL and the PG*
variables set the database. See docs/team-server.md.
`;

/** Runs one command; a mistake the operator can fix is one line on stderr and exit code 2 (1 for anything else). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(name && name !== '--help' ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError || error instanceof SchemaError || error instanceof UserExistsError;
    io.err(`callmark-server ${name}: ${(error as Error).message}\n`);
    return known ? 2 : 1;
  }
}
