import { createContext } from '../../../../electron/services/context';
import { openDatabase } from '../../../../electron/services/db/open';
import { agentsHandlers } from '../../../../electron/services/handlers/agents';
import { reviewsHandlers } from '../../../../electron/services/handlers/reviews';
import { settingsHandlers } from '../../../../electron/services/handlers/settings';
import { templatesHandlers } from '../../../../electron/services/handlers/templates';
import { createRepositories } from '../../../../electron/services/repositories';
import { createMemorySecretStore } from '../../../../electron/services/secrets/memory-store';
import { createSyncEngine, type SyncEngineOptions } from '../../../../electron/services/sync/engine';
import { ensureBuiltinTemplate } from '../../../../electron/services/templates/builtin-seed';
import type { ApiHandlers, MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { dispatch } from '../../../../shared/api/dispatch';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../../shared/templates/builtin';
import { tempFolder } from '../../../support/service';

/**
 * The reviews backend with the sync engine built from test options (fake
 * delivery targets, a fast back-off): for the outbox's own behaviour, apart
 * from any real folder or server. Everything else is the real code on a real
 * SQLite file.
 */
export function openEngineService(options: SyncEngineOptions, dataFolder = tempFolder('callmark-outbox-')) {
  const opened = openDatabase(dataFolder);
  const ctx = createContext(opened.db, dataFolder, createMemorySecretStore());
  const repos = createRepositories(opened.db);
  ensureBuiltinTemplate(ctx, repos);
  const engine = createSyncEngine(ctx, repos, options);
  const facts = { dataFolder, databasePath: opened.path, recoveredFrom: null, version: 'test' };
  const handlers = {
    ...settingsHandlers(ctx, repos, facts),
    ...agentsHandlers(ctx, repos),
    ...templatesHandlers(repos),
    ...reviewsHandlers(ctx, repos),
    ...engine.handlers,
  } as ApiHandlers;

  async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await dispatch(handlers, name, input);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code, details: envelope.error.details });
    return envelope.value as MethodOutput<M>;
  }

  let agentId: string | null = null;
  return {
    ctx,
    db: opened.db,
    dataFolder,
    engine,
    call,
    async complete(count = 1): Promise<string[]> {
      if (!agentId) {
        await call('reviewer.setName', { name: 'Olive Outbox' });
        agentId = (await call('agents.create', { name: 'Ada Agent', team: 'North' })).id;
      }
      const ids: string[] = [];
      for (let n = 0; n < count; n++) {
        const d = await call('reviews.create', {
          agentId,
          templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
          interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' },
        });
        for (const e of d.template.content.sections.flatMap((s) => s.elements)) await call('reviews.setAnswer', { scorecardId: d.scorecard.id, elementId: e.id, value: 'met' });
        await call('reviews.complete', { scorecardId: d.scorecard.id });
        ids.push(d.scorecard.id);
      }
      return ids;
    },
    /** A server target (no folder, no marker), served by whatever fake the options give. */
    addServer: (name = 'Head office') => call('sync.targets.add', { name, config: { kind: 'server', url: 'http://127.0.0.1:9/scorecards', timeoutMs: 1000 } }),
    rows: (targetId: string) =>
      opened.db.prepare('SELECT scorecard_id, revision, state, attempts, last_error, next_attempt_at, last_attempt_at FROM outbox WHERE target_id = ? ORDER BY id').all(targetId) as {
        scorecard_id: string;
        revision: number;
        state: string;
        attempts: number;
        last_error: string | null;
        next_attempt_at: string;
        last_attempt_at: string | null;
      }[],
    async close() {
      await engine.close();
      opened.close();
    },
  };
}
export type EngineService = ReturnType<typeof openEngineService>;
