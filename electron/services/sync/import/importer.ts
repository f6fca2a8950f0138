import type { ImportReport } from '../../../../shared/api/sync';
import type { ImportRunsStore } from '../store/import-runs';
import type { ImportedDocumentsStore } from '../store/imported-documents';
import type { StoredTarget, TargetsStore } from '../store/targets';
import { createContentOffload, type ContentOffload } from './content-offload';
import { runImport, type ImportRunDeps } from './run';
import type { ImportSource } from './source';

export interface ImporterDeps {
  run: ImportRunDeps;
  targets: TargetsStore;
  runs: ImportRunsStore;
  imported: ImportedDocumentsStore;
  /** The source a target is read back from; null for targets that are only written to (a server, today). */
  sourceFor(target: StoredTarget): ImportSource | null;
  everyMinutes(): number;
  /** Default: a thread of ./verify-worker.ts (tests may give their own). */
  offload?: ContentOffload;
}

/** Late enough not to compete with opening the app, soon enough to be there when the team view is opened. */
const FIRST_PASS_MS = 20_000;

/**
 * Runs imports: on request and in the background every few minutes, one at a
 * time per target (a second request while one runs waits for it and gets the
 * next pass), stopped and awaited on close.
 */
export function createImporter(deps: ImporterDeps) {
  const running = new Map<string, Promise<ImportReport>>();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  // Started at a large page, ended once no pass runs (and for good on close).
  const offload = deps.offload ?? createContentOffload();

  function run(target: StoredTarget, source: ImportSource): Promise<ImportReport> {
    const previous = running.get(target.id) ?? Promise.resolve(null);
    const next = previous
      .catch(() => null)
      .then(async () => {
        const report = await runImport({ ...deps.run, offload }, source, target.id, controller.signal);
        if (closed) return report;
        if (deps.targets.get(target.id)) {
          deps.runs.save(report);
        } else {
          // Removed while this pass ran: there is no target to keep a report for (its foreign key would refuse
          // it), and what the pass stored after the removal is unlinked like the rest of the target's imports.
          deps.imported.detachTarget(target.id);
        }
        return report;
      });
    running.set(target.id, next);
    void next.finally(() => {
      if (running.get(target.id) === next) running.delete(target.id);
      if (running.size === 0 && !closed) void offload.release();
    }).catch(() => undefined);
    return next;
  }

  async function background(): Promise<void> {
    timer = null;
    for (const target of deps.targets.listEnabled()) {
      if (closed) return;
      const source = deps.sourceFor(target);
      if (!source) continue;
      try {
        await run(target, source);
      } catch (error) {
        console.error(`callmark: background import from ${target.name} failed`, error);
      }
    }
    arm();
  }

  function arm(delayMs?: number): void {
    if (closed || timer) return;
    const minutes = deps.everyMinutes();
    if (minutes <= 0) return;
    timer = setTimeout(() => void background(), delayMs ?? minutes * 60_000);
    timer.unref();
  }

  return {
    run,
    /** (Re)starts the background timer after the setting changed. */
    rearm(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      arm();
    },
    /** At start: a first pass soon (colleagues' work since yesterday), then every few minutes. */
    start(): void {
      arm(Math.min(FIRST_PASS_MS, deps.everyMinutes() * 60_000));
    },
    whenIdle: async () => {
      while (running.size) await Promise.allSettled([...running.values()]);
    },
    async close(): Promise<void> {
      closed = true;
      controller.abort();
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...running.values()]);
      await offload.close();
    },
  };
}
export type Importer = ReturnType<typeof createImporter>;
