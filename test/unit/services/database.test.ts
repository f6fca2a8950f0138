import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { answerAll, draftReview, openService, servicesClosedAfterEach, tempFolder } from '../../support/service';
import { applyMigrations } from '../../../electron/services/db/migrate';
import { migrations } from '../../../electron/services/db/migrations';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../shared/templates/builtin';

const open = servicesClosedAfterEach({ ignoreCloseErrors: true });

describe('the database', () => {
  it('is created from empty with every migration, in WAL mode with foreign keys and full sync', async () => {
    const s = open();
    const db = s.service.context.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(applied).toEqual(migrations.map((m) => m.version));
    expect(await s.call('templates.list', {})).toEqual([
      expect.objectContaining({ latestVersionId: BUILTIN_TEMPLATE_VERSION_ID, name: 'Quality Monitoring — Customer Services', builtIn: true, latestVersion: 1 }),
    ]);
  });

  it('keeps every saved answer, comment and completed scorecard across a restart', async () => {
    const folder = tempFolder();
    const first = open(folder);
    const { detail } = await draftReview(first);
    const ids = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
    await answerAll(first, detail.scorecard.id, ids, 6);
    await first.call('reviews.setComment', { scorecardId: detail.scorecard.id, elementId: ids[0]!, text: 'No greeting' });
    await first.call('reviews.complete', { scorecardId: detail.scorecard.id });
    const before = await first.call('reviews.get', { id: detail.scorecard.id });
    await first.close();

    const second = open(folder);
    const after = await second.call('reviews.get', { id: detail.scorecard.id });
    expect(after).toEqual(before);
    expect(after.score.overall?.rounded).toBe(70);
    expect((await second.call('app.info', {})).reviewer?.name).toBe('Rita Reviewer');
    expect(await second.call('templates.list', {})).toHaveLength(1);
  });

  it('moves a corrupt database aside, says so, and starts a new one', async () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'callmark.sqlite'), 'this is not a database, it is a shopping list'.repeat(200));
    const s = open(folder);
    const info = await s.call('app.info', {});
    expect(info.recoveredFrom).toMatch(/callmark\.sqlite\.corrupt-/);
    expect(fs.readFileSync(info.recoveredFrom!, 'utf8')).toContain('shopping list');
    expect(await s.call('agents.list', {})).toEqual([]);
  });

  it('lets one backend at a time use a data folder, and takes over the lock of one that died', async () => {
    const folder = tempFolder();
    const first = open(folder);
    expect(() => openService(folder)).toThrow(/already running with the data folder/);
    await first.close();
    const second = open(folder);
    await second.close();
    // A crash leaves the lock behind, naming a process that no longer runs.
    fs.writeFileSync(path.join(folder, 'callmark.lock'), '999999999');
    const third = open(folder);
    expect(await third.call('agents.list', {})).toEqual([]);
  });

  it('keeps the data folder private to the user', () => {
    const s = open(path.join(tempFolder(), 'new-folder'));
    if (process.platform !== 'win32') expect(fs.statSync(s.dataFolder).mode & 0o777).toBe(0o700);
  });

  it('refuses a database whose applied migration was edited, or that a newer version wrote', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'x.sqlite');
    const db = new Database(file);
    applyMigrations(db, migrations);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, sql: m.sql + '\n-- edited' } : m));
    expect(() => applyMigrations(db, edited)).toThrow(/was changed after it was applied/);
    expect(() => applyMigrations(db, migrations.slice(0, 1))).toThrow(/newer Callmark/);
    db.close();
  });

  it('keeps every element fact when migration 12 moves them out of overflow pages', () => {
    const db = new Database(path.join(tempFolder(), 'z.sqlite'));
    applyMigrations(db, migrations.filter((m) => m.version < 12));
    const vector = (seed: number) => Buffer.from(Float64Array.from({ length: 120 }, (_, i) => (i * seed) % 7).buffer);
    const rows = [
      ['2026-10-01', 'agent-a', 'version-1', 'mine', vector(3)],
      ['2026-10-02', 'agent-b', 'version-1', 'team', vector(5)],
    ];
    for (const r of rows) db.prepare('INSERT INTO report_element_days VALUES (?, ?, ?, ?, ?)').run(...r);
    db.prepare('INSERT INTO report_element_months VALUES (?, ?, ?, ?, ?)').run('2026-10', 'agent-a', 'version-1', 'mine', vector(3));

    applyMigrations(db, migrations);
    const days = db.prepare('SELECT day, agent_id, template_version_id, source, counts FROM report_element_days ORDER BY day').raw().all();
    expect(days).toEqual(rows);
    expect(db.prepare('SELECT counts FROM report_element_months').pluck().get()).toEqual(vector(3));
    // Rowid tables now; the key stays unique, as the facts' upserts need.
    for (const table of ['report_element_days', 'report_element_months']) {
      expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table)).not.toMatch(/WITHOUT ROWID/);
    }
    expect(() => db.prepare('INSERT INTO report_element_days VALUES (?, ?, ?, ?, ?)').run(...rows[0]!)).toThrow(/UNIQUE/);
    db.close();
  });

  it('rolls back a failing migration whole', () => {
    const db = new Database(path.join(tempFolder(), 'y.sqlite'));
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE a (x INTEGER); INSERT INTO nowhere VALUES (1);' }];
    expect(() => applyMigrations(db, broken)).toThrow(/nowhere/);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'a'`).get()).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(0);
    db.close();
  });
});
