import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallmarkService, type CallmarkService } from '../../../../electron/services';
import type { MethodParsedInput, MethodName, MethodOutput } from '../../../../shared/api';
import { api } from '../../../../shared/api';

export interface Harness {
  dir: string;
  dataFolder: string;
  service: CallmarkService;
  /** Calls a handler with the input parsed by its schema, as dispatch does. */
  call<M extends MethodName>(name: M, input: unknown): Promise<MethodOutput<M>>;
  /** A fresh draft review of the built-in template. */
  newReview(): Promise<{ scorecardId: string; interactionId: string; elementIds: string[] }>;
  close(): Promise<void>;
}

/** A real service on a real SQLite file in a temporary folder, with a reviewer and an agent. */
export async function startHarness(opts: { clock?: () => Date; dir?: string } = {}): Promise<Harness> {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'callmark-media-'));
  const dataFolder = path.join(dir, 'data');
  const service = createCallmarkService({ dataFolder, ...(opts.clock ? { clock: opts.clock } : {}) });
  const call = async <M extends MethodName>(name: M, input: unknown): Promise<MethodOutput<M>> => {
    const parsed = api[name].input.parse(input) as MethodParsedInput<M>;
    const handler = service.handlers[name] as (i: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
    return handler(parsed);
  };
  await call('reviewer.setName', { name: 'Sam Reviewer' });
  const agent = await call('agents.create', { name: 'Alex Agent', team: 'Blue' });
  const [template] = await call('templates.list', {});
  if (!template) throw new Error('the built-in template is missing');
  const templateVersionId = template.latestVersionId;
  return {
    dir,
    dataFolder,
    service,
    call,
    async newReview() {
      const detail = await call('reviews.create', {
        agentId: agent.id,
        templateVersionId,
        interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' },
      });
      const elementIds = detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));
      return { scorecardId: detail.scorecard.id, interactionId: detail.interaction.id, elementIds };
    },
    close: () => service.close(),
  };
}

/**
 * Registers a fresh harness per test, with a `recordings` folder in its temporary folder, closed after the test.
 * `restart` closes the service and opens the same data folder again, as relaunching the app does.
 */
export function useMediaHarness(hooks: { beforeEach: (fn: () => Promise<void>) => void; afterEach: (fn: () => Promise<void>) => void }) {
  let harness: Harness | null = null;
  let media = '';
  hooks.beforeEach(async () => {
    harness = await startHarness();
    media = path.join(harness.dir, 'recordings');
    fs.mkdirSync(media);
  });
  hooks.afterEach(async () => {
    await harness?.close();
  });
  const current = (): Harness => {
    if (!harness) throw new Error('no harness outside a test');
    return harness;
  };
  return {
    get h(): Harness {
      return current();
    },
    get media(): string {
      return media;
    },
    async restart(): Promise<void> {
      const dir = current().dir;
      await current().close();
      harness = await startHarness({ dir });
    },
  };
}
