#!/usr/bin/env -S npx tsx
// The team server's command line: `npx tsx server/bin/callmark-server.ts <command>` (docs/team-server.md).
import { main } from '../cli/main';
import { processIo } from '../cli/io';

process.exitCode = await main(process.argv.slice(2), processIo());
