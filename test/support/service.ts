import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCallmarkService, type CallmarkService, type ServiceOptions } from '../../electron/services';
import type { MethodName, MethodInput, MethodOutput } from '../../shared/api';
import { dispatch } from '../../shared/api/dispatch';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../shared/templates/builtin';
import { closeAfterEach } from './close-after-each';

export const tempFolder = (prefix = 'callmark-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** What a test may set besides the folder and the clock: module options (fake targets, test-only kinds), the secret store. */
export type ServiceSetup = Omit<ServiceOptions, 'dataFolder' | 'clock'>;

/**
 * A real service on a real SQLite file, called through `dispatch` exactly as
 * both transports do: input validation included, nothing mocked but what the
 * test passes as module options.
 */
export function openService(dataFolder = tempFolder(), clock?: () => Date, setup: ServiceSetup = {}) {
  const service: CallmarkService = createCallmarkService({ ...setup, dataFolder, ...(clock ? { clock } : {}) });
  async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await dispatch(service.handlers, name, input);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code, details: envelope.error.details });
    return envelope.value as MethodOutput<M>;
  }
  /** The envelope of a call expected to fail. */
  const refuse = (name: MethodName, input: unknown) => dispatch(service.handlers, name, input);
  /** Waits until no delivery or import is running or due: an event, not a sleep. */
  const idle = () => service.whenIdle();
  return { service, dataFolder, call, refuse, idle, close: () => service.close() };
}
export type OpenedService = ReturnType<typeof openService>;

/** `openService` for a test file: each service is closed after the test that opened it (see closeAfterEach). */
export function servicesClosedAfterEach(options?: { ignoreCloseErrors?: boolean }): typeof openService {
  const track = closeAfterEach<OpenedService>(options);
  return (...args) => track(openService(...args));
}

/** A reviewer, an agent and a draft of the built-in scorecard. */
export async function draftReview(s: OpenedService, agentName = 'Ada Agent') {
  await s.call('reviewer.setName', { name: 'Rita Reviewer' });
  const agent = await s.call('agents.create', { name: agentName, team: 'North' });
  const detail = await s.call('reviews.create', {
    agentId: agent.id,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: 'CALL-1' },
  });
  return { agent, detail };
}

/** Answers every element of a draft: the first `misses` not met, the rest met. */
export async function answerAll(s: OpenedService, scorecardId: string, elementIds: string[], misses: number) {
  for (const [i, elementId] of elementIds.entries()) {
    await s.call('reviews.setAnswer', { scorecardId, elementId, value: i < misses ? 'not_met' : 'met' });
  }
}
