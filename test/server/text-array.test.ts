import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { textArray } from '../../server/db/text-array';
import { postgresMissing } from './support/postgres';
import { teamServerCluster } from './support/team-server';

describe.skipIf(postgresMissing)('text[] parameters (server/db/text-array.ts)', () => {
  const pg = teamServerCluster();

  it('reach PostgreSQL whole from every connection of a cold pool at once, whatever the names hold', async () => {
    const t = await pg.open();
    const values = ['north', 'Süd "B", {2}', 'back\\slash', 'NULL', '', ' spaced '];
    const sql = postgres(t.databaseUrl, { max: 8, onnotice: () => undefined });
    try {
      const rows = await Promise.all(Array.from({ length: 8 }, () => sql<{ k: string[]; none: string[] }[]>`SELECT ${textArray(values)}::text[] AS k, ${textArray([])}::text[] AS none`));
      for (const [row] of rows) expect(row).toEqual({ k: values, none: [] });
    } finally {
      await sql.end();
    }
  });
});
