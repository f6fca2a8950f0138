import { createCallmarkService } from '../electron/services';
import { dispatch } from '../shared/api/dispatch';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../shared/templates/builtin';

/**
 * The backend the media benches call, as the transports do (through dispatch), on a real data folder, with a
 * reviewer and an agent. `restart` closes it and opens the same folder again, as relaunching the app does.
 */
export async function startBenchService(dataFolder: string) {
  let service = createCallmarkService({ dataFolder });
  const call = async (name: Parameters<typeof dispatch>[1], input: unknown) => {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value;
  };
  await call('reviewer.setName', { name: 'Bench Reviewer' });
  const agent = (await call('agents.create', { name: 'Bench Agent' })) as { id: string };
  return {
    call,
    handlers: () => service.handlers,
    /** A new draft review of the built-in template: its scorecard id. */
    async newReview(): Promise<string> {
      const review = (await call('reviews.create', {
        agentId: agent.id,
        templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
        interaction: { channel: 'phone', occurredAt: '2026-11-02T10:00:00Z' },
      })) as { scorecard: { id: string } };
      return review.scorecard.id;
    },
    async restart(): Promise<void> {
      await service.close();
      service = createCallmarkService({ dataFolder });
    },
    close: () => service.close(),
  };
}
