import type { TargetView } from '../../../../shared/api/sync';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../../shared/templates/builtin';
import { closeAfterEach } from '../../../support/close-after-each';
import { openService, tempFolder, type OpenedService, type ServiceSetup } from '../../../support/service';

/**
 * One reviewer's install: a real service on its own data folder, with a name
 * and an agent, that can complete scorecards of the built-in template.
 */
export interface Reviewer extends OpenedService {
  name: string;
  agentId: string;
  /** Completes `count` scorecards (each: draft, 20 answers, complete) and returns their ids. */
  complete(count?: number, misses?: number): Promise<string[]>;
  addShare(root: string, options?: { adopt?: boolean; sendExisting?: boolean }): Promise<TargetView>;
}

export async function openReviewer(name: string, dataFolder = tempFolder('callmark-sync-'), setup: ServiceSetup = {}): Promise<Reviewer> {
  const s = openService(dataFolder, undefined, setup);
  await s.call('reviewer.setName', { name });
  const existing = await s.call('agents.list', {});
  const agent = existing[0] ?? (await s.call('agents.create', { name: `Agent of ${name}`, team: 'North' }));
  return withReviewer(s, name, agent.id);
}

/** `openReviewer` for a test file: each reviewer is closed after the test that opened it (see closeAfterEach). */
export function reviewersClosedAfterEach(options?: { ignoreCloseErrors?: boolean }) {
  const track = closeAfterEach<Reviewer>(options);
  return async (name = 'Rita Reviewer', dataFolder?: string, setup?: ServiceSetup) => track(await openReviewer(name, dataFolder, setup));
}

function withReviewer(s: OpenedService, name: string, agentId: string): Reviewer {
  return {
    ...s,
    name,
    agentId,
    async complete(count = 1, misses = 2) {
      const ids: string[] = [];
      for (let n = 0; n < count; n++) {
        const detail = await s.call('reviews.create', {
          agentId,
          templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
          interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: `CALL-${n}`, customerName: 'Carol Customer' },
        });
        const elementIds = detail.template.content.sections.flatMap((sec) => sec.elements.map((e) => e.id));
        for (const [i, elementId] of elementIds.entries()) {
          await s.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId, value: i < misses ? 'not_met' : 'met' });
        }
        await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
        ids.push(detail.scorecard.id);
      }
      return ids;
    },
    async addShare(root, options = {}) {
      let adoptShareId: string | undefined;
      if (options.adopt) {
        const found = await s.call('sync.targets.inspectFolder', { path: root });
        adoptShareId = found.share?.shareId;
      }
      return s.call('sync.targets.add', {
        name: `Share of ${name}`,
        config: { kind: 'folder', path: root },
        ...(adoptShareId ? { adoptShareId } : {}),
        sendExisting: options.sendExisting ?? false,
      });
    },
  };
}
