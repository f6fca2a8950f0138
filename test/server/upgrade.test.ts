import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations';
import { tempFolder } from '../support/service';
import { sampleScorecard, scorecardDoc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { pullAll } from './support/pull';
import { teamServerCluster } from './support/team-server';

/**
 * A database the first server wrote (migration 1: scorecards only, one team
 * per document) is brought to every kind by `migrate`: its documents keep
 * their bytes and their readers, and are pulled and exported as before.
 */
describe.skipIf(postgresMissing)('upgrading a database of the first team server', () => {
  const pg = teamServerCluster();

  it('keeps every scorecard, readable by its team, pulled with its old cursor and exported to the same path', async () => {
    const url = pg.cluster().url(await pg.cluster().createDatabase());
    const sql = postgres(url, { max: 1, onnotice: () => undefined });
    const doc = scorecardDoc(await sampleScorecard(), { completedAt: '2026-11-20T10:30:00.000Z' });
    try {
      await applyMigrations(sql, migrations.slice(0, 1));
      const rita = randomUUID();
      await sql`INSERT INTO users (id, name, role, created_at) VALUES (${rita}, 'Rita', 'reviewer', now())`;
      await sql`INSERT INTO user_teams (user_id, team, team_key) VALUES (${rita}, 'North', 'north')`;
      await sql`
        INSERT INTO documents (kind, document_id, revision, body_sha256, body, document, team, team_key, pushed_by, stored_at)
        SELECT 'scorecard', ${doc.scorecardId}, 1, ${doc.bodySha256}, b, b::jsonb, 'North', 'north', ${rita}, now() FROM (SELECT ${doc.body}::text AS b) AS body`;
      expect(await applyMigrations(sql, migrations)).toEqual([2, 3]);
      const [row] = await sql`SELECT writer, reader_team_keys, placed_at, body FROM documents`;
      expect(row).toEqual({ writer: '', reader_team_keys: ['north'], placed_at: new Date('2026-11-20T10:30:00.000Z'), body: doc.body });
    } finally {
      await sql.end();
    }

    const t = await pg.open({ databaseUrl: url });
    const lead = await t.createUser('Lena', 'team_leader', ['North']);
    const east = await t.createUser('Eve', 'team_leader', ['East']);
    const pulled = await pullAll(t.url, lead);
    expect(pulled.items.map((i) => [i.documentId, i.body])).toEqual([[doc.scorecardId, doc.body]]);
    expect((await pullAll(t.url, east)).items).toEqual([]);
    expect((await pullAll(t.url, lead, { since: pulled.cursor })).items).toEqual([]);
    // A cursor the first server issued at that document (base64url of c1:<seq>:<16 hex of its kind, id and revision>).
    const check = createHash('sha256').update(`scorecard/${doc.scorecardId}/r1`).digest('hex').slice(0, 16);
    const issued = Buffer.from(`c1:1:${check}`).toString('base64url');
    expect(await pullAll(t.url, lead, { since: issued })).toEqual({ items: [], cursor: issued });

    const out = tempFolder('callmark-export-');
    expect((await t.cli(['export', '--out', out])).code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'scorecards', '2026', '11', `${doc.scorecardId}.r1.json`), 'utf8')).toBe(doc.body);
  });
});
