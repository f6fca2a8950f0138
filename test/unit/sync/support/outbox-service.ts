import Database from 'better-sqlite3';
import { createMemorySecretStore } from '../../../../electron/services/secrets/memory-store';
import type { SyncOptions } from '../../../../electron/services/sync';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../../shared/templates/builtin';
import { openService, tempFolder } from '../../../support/service';

export interface OutboxRow {
  scorecard_id: string;
  revision: number;
  state: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  last_attempt_at: string | null;
}

/**
 * The real service with its sync module built from test options (fake
 * delivery targets, a fast back-off): for the outbox's own behaviour, apart
 * from any real folder or server. Everything else is the real code on a real
 * SQLite file.
 */
export function openOutboxService(options: SyncOptions, dataFolder = tempFolder('callmark-outbox-')) {
  const s = openService(dataFolder, undefined, { secrets: createMemorySecretStore(), modules: { sync: options } });
  let agentId: string | null = null;
  return {
    ...s,
    ctx: s.service.context,
    db: s.service.context.db,
    async complete(count = 1): Promise<string[]> {
      if (!agentId) {
        await s.call('reviewer.setName', { name: 'Olive Outbox' });
        agentId = (await s.call('agents.create', { name: 'Ada Agent', team: 'North' })).id;
      }
      const ids: string[] = [];
      for (let n = 0; n < count; n++) {
        const d = await s.call('reviews.create', {
          agentId,
          templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
          interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' },
        });
        for (const e of d.template.content.sections.flatMap((sec) => sec.elements)) await s.call('reviews.setAnswer', { scorecardId: d.scorecard.id, elementId: e.id, value: 'met' });
        await s.call('reviews.complete', { scorecardId: d.scorecard.id });
        ids.push(d.scorecard.id);
      }
      return ids;
    },
    /** A server target (no folder, no marker), served by whatever fake the options give. */
    addServer: (name = 'Head office') => s.call('sync.targets.add', { name, config: { kind: 'server', url: 'http://127.0.0.1:9/scorecards', timeoutMs: 1000 } }),
    /** The target's outbox rows as stored, read on a connection of their own: they can be read after the service closed. */
    rows(targetId: string): OutboxRow[] {
      const db = new Database(s.service.databasePath, { readonly: true, fileMustExist: true });
      try {
        return db
          .prepare('SELECT document_id AS scorecard_id, revision, state, attempts, last_error, next_attempt_at, last_attempt_at FROM outbox WHERE target_id = ? ORDER BY id')
          .all(targetId) as OutboxRow[];
      } finally {
        db.close();
      }
    },
  };
}
export type OutboxService = ReturnType<typeof openOutboxService>;
