import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileOnce } from '../../electron/services/sync/folder/write-once';
import { createKindRegistry, DOCUMENT_KINDS } from '../../shared/sync/kinds';
import { documentRelativePath } from '../../shared/sync/layout';
import { openPull } from '../pull/page';
import { parseOptions, UsageError } from './args';
import { ConfigOption, configOf, withDatabase, type CliIo } from './io';

/**
 * `callmark-server export --out DIR [--since CURSOR]`: writes every stored
 * document (or those after CURSOR) as one file each, byte for byte as
 * received, in a shared folder's layout (<kind folder>/yyyy/mm/<file name>,
 * scorecards/2026/11/<id>.r<n>.json for a scorecard),
 * each written atomically and never over a different file. It walks the same
 * cursor as a pull, and prints the cursor to pass as --since next time.
 */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseOptions(
    argv,
    { out: { type: 'string' }, since: { type: 'string' } },
    z.object({ ...ConfigOption, out: z.string().min(1, { message: 'is required' }), since: z.string().optional() }).strict(),
  );
  const config = configOf(io, options.config);
  const root = path.resolve(options.out);
  await fs.mkdir(root, { recursive: true });
  const kinds = createKindRegistry(DOCUMENT_KINDS);
  const counts = { written: 0, identical: 0 };
  const cursor = await withDatabase(config, async (sql) => {
    let since = options.since;
    for (;;) {
      const page = await openPull(sql, { since, limit: 500, scope: { all: true }, kinds: [] });
      if (!page.ok) throw new UsageError(`--since: ${page.message}`);
      for await (const batch of page.batches) {
        for (const row of batch) {
          const kind = kinds.get(row.kind);
          const relative = `${kind.folder}/${documentRelativePath(kind, row, row.placedAt)}`;
          const dir = path.join(root, path.dirname(relative));
          await fs.mkdir(dir, { recursive: true });
          const result = await writeFileOnce(dir, path.basename(relative), row.body);
          if (result.kind === 'different') throw new Error(`${path.join(root, relative)} exists with other content: left untouched, export stopped.`);
          counts[result.kind]++;
        }
      }
      const { nextCursor, hasMore } = page.end();
      since = nextCursor;
      if (!hasMore) return since;
    }
  });
  io.err(`Exported ${counts.written} new file(s) to ${root} (${counts.identical} already there). Continue later with --since ${cursor}\n`);
  io.out(`${cursor}\n`);
  return 0;
}
