import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import https from 'node:https';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { applyMigrations, schemaState } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations';
import { tempFolder } from '../support/service';
import { closeAfterEach } from '../support/close-after-each';
import { spawnServer } from './support/child-server';
import { postDoc, sampleScorecard, scorecardDoc } from './support/documents';
import { postgresMissing } from './support/postgres';
import { cli } from './support/cli';
import { teamServerCluster } from './support/team-server';

describe.skipIf(postgresMissing)('callmark-server commands', () => {
  const pg = teamServerCluster();
  const track = closeAfterEach();

  it('migrate applies the schema once, even run twice at the same time, and serve refuses an unmigrated database', async () => {
    const url = pg.cluster().url(await pg.cluster().createDatabase());
    await expect(spawnServer(url)).rejects.toThrow(`schema is not current (${migrations.length} migration(s) pending): run "callmark-server migrate" first`);

    const [a, b] = await Promise.all([cli(url, ['migrate']), cli(url, ['migrate'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    // Each step is taken by one of them (they may share the work): every migration applied once, in order.
    const applied = [a.out, b.out].flatMap((out) => /^Applied migration\(s\) ([\d, ]+)\.\n$/.exec(out)?.[1]!.split(', ').map(Number) ?? []);
    expect(applied.sort((x, y) => x - y)).toEqual(migrations.map((m) => m.version));
    for (const out of [a.out, b.out]) expect(out).toMatch(/^(Applied migration\(s\) [\d, ]+|The schema is current: nothing to apply)\.\n$/);
    expect((await cli(url, ['migrate'])).out).toBe('The schema is current: nothing to apply.\n');
  });

  it('an edited migration, or a database migrated by a newer server, is refused with a clear message', async () => {
    const url = await pg.database();
    const sql = postgres(url, { max: 1, onnotice: () => undefined });
    try {
      const edited = migrations.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
      await expect(schemaState(sql, edited)).rejects.toThrow('Migration 1 (initial) was changed after it was applied to this database.');
      await expect(applyMigrations(sql, [...migrations, { version: 4, name: 'next', sql: 'CREATE TABLE next_thing (id int)' }])).resolves.toEqual([4]);
      await expect(schemaState(sql, migrations)).rejects.toThrow('This database was migrated by a newer Callmark server (schema 4); update the server to use it.');
      expect(await cli(url, ['migrate'])).toMatchObject({ code: 2, err: expect.stringContaining('newer Callmark server') });
    } finally {
      await sql.end();
    }
  });

  it('create-user prints the token once and keeps only its hash; list-users shows no token; revoke-user names a missing user', async () => {
    const url = await pg.database();
    const made = await cli(url, ['create-user', '--name', 'Rita', '--role', 'reviewer', '--team', 'North', '--team', 'East']);
    expect(made.code).toBe(0);
    const token = made.out.trim();
    expect(token).toMatch(/^cmt_[A-Za-z0-9_-]{43}$/);
    expect(made.err).toMatch(/Created reviewer "Rita" \(teams: North, East\)\. The token below is shown only now/);
    const sql = postgres(url, { max: 1 });
    const dump = JSON.stringify(await sql`SELECT * FROM tokens`) + JSON.stringify(await sql`SELECT * FROM users`);
    await sql.end();
    expect(dump).not.toContain(token);

    const listed = await cli(url, ['list-users']);
    expect(JSON.parse(listed.out)).toMatchObject({ name: 'Rita', role: 'reviewer', teams: ['East', 'North'], revokedAt: null });
    expect(listed.out).not.toContain(token);
    expect(await cli(url, ['create-user', '--name', 'Rita', '--role', 'admin'])).toMatchObject({ code: 2, err: expect.stringContaining('A user named "Rita" already exists.') });
    expect(await cli(url, ['create-user', '--name', 'Sam', '--role', 'boss'])).toMatchObject({ code: 2, err: expect.stringMatching(/--role: .*reviewer.*team_leader.*admin/) });
    expect(await cli(url, ['create-user', '--name', 'Sam', '--role', 'reviewer'])).toMatchObject({ code: 2, err: expect.stringContaining('needs at least one team') });
    expect(await cli(url, ['revoke-user', '--name', 'Nobody'])).toMatchObject({ code: 2, err: expect.stringContaining('no user named "Nobody"') });
    expect(await cli(url, ['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') });
  });

  it('export writes every document byte for byte in the shared folder layout, and continues from its cursor', async () => {
    const t = await pg.open();
    const token = await t.createUser('Rita', 'reviewer', ['North']);
    const base = await sampleScorecard();
    const docs = [scorecardDoc(base, { completedAt: '2026-10-31T23:59:00.000Z' }), scorecardDoc(base, { completedAt: '2026-11-01T00:00:00.000Z' })];
    for (const d of docs) expect((await postDoc(t.url, token, d)).status).toBe(201);
    const out = tempFolder('callmark-server-export-');
    const first = await t.cli(['export', '--out', out]);
    expect(first).toMatchObject({ code: 0, err: expect.stringContaining('Exported 2 new file(s)') });
    expect(fs.readFileSync(path.join(out, 'scorecards/2026/10', `${docs[0]!.scorecardId}.r1.json`), 'utf8')).toBe(docs[0]!.body);
    expect(fs.readFileSync(path.join(out, 'scorecards/2026/11', `${docs[1]!.scorecardId}.r1.json`), 'utf8')).toBe(docs[1]!.body);

    const late = scorecardDoc(base, { completedAt: '2026-11-02T10:00:00.000Z' });
    await postDoc(t.url, token, late);
    const next = await t.cli(['export', '--out', out, '--since', first.out.trim()]);
    expect(next.err).toContain('Exported 1 new file(s)');
    expect(await t.cli(['export', '--out', out])).toMatchObject({ code: 0, err: expect.stringContaining('Exported 0 new file(s) to') });
  });

  it('serves HTTPS with the configured certificate, and refuses plain HTTP anywhere but loopback', async () => {
    const url = await pg.database();
    const folder = tempFolder('callmark-server-tls-');
    const [cert, key] = [path.join(folder, 'cert.pem'), path.join(folder, 'key.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    const server = track(await spawnServer(url, { tls: { certFile: cert, keyFile: key } }));
    expect(server.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const status = await new Promise<number>((resolve, reject) =>
      https.get(`${server.origin}/health`, { ca: fs.readFileSync(cert) }, (res) => resolve(res.statusCode!)).on('error', reject),
    );
    expect(status).toBe(200);

    const plain = await cli(url, ['serve'], { CALLMARK_SERVER_CONFIG: writeConfig({ listen: { host: '0.0.0.0', port: 0 } }) });
    expect(plain.code).toBe(2);
    expect(plain.err).toMatch(/tls: is required to listen on 0\.0\.0\.0: plain HTTP is allowed only on loopback/);
    const typo = await cli(url, ['migrate'], { CALLMARK_SERVER_CONFIG: writeConfig({ maxBodyBytez: 5 }) });
    expect(typo).toMatchObject({ code: 2, err: expect.stringContaining('maxBodyBytez') });
  });
});

function writeConfig(config: Record<string, unknown>): string {
  const file = path.join(tempFolder('callmark-server-config-'), 'config.json');
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}
