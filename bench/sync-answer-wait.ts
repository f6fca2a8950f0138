import { setTimeout as sleep } from 'node:timers/promises';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../shared/templates/builtin';
import type { BenchService } from './service';

export interface AnswerWaits {
  /** Each save's time from when it was due to its reply, in ms. */
  during: number[];
  idle: number[];
}

const GAP_MS = 20;
const IDLE_SAVES = 50;

/**
 * What a reviewer feels while an import runs on the same install: an answer
 * saved every 20 ms (a quick keyboard user, playing the call) through the
 * service, each timed from the moment it was due to its reply, beside the
 * same saves with nothing else running. A save due while the backend's
 * thread is busy starts only once it is free, as a message from the page
 * would, so that wait counts too.
 */
export async function answerWaits(install: BenchService, work: () => Promise<unknown>): Promise<AnswerWaits> {
  const agent = await install.call('agents.create', { name: 'Bench Agent' });
  const draft = await install.call('reviews.create', {
    agentId: agent.id,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' },
  });
  const elements = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));
  let n = 0;
  /**
   * Saves one answer every GAP_MS while `going()`, each timed from when it was due. Those that fell due while the
   * thread was busy are all sent when it is free, as messages from the page would be, not one per turn.
   */
  const saves = async (going: (k: number) => boolean): Promise<number[]> => {
    const waits: number[] = [];
    const replies: Promise<void>[] = [];
    const start = performance.now();
    let k = 0;
    while (going(k)) {
      await sleep(Math.max(0, start + k * GAP_MS - performance.now()));
      for (; going(k) && start + k * GAP_MS <= performance.now(); k++) {
        const due = start + k * GAP_MS;
        const value = n % 2 === 0 ? 'met' : 'not_met';
        const elementId = elements[n++ % elements.length]!;
        replies.push(install.call('reviews.setAnswer', { scorecardId: draft.scorecard.id, elementId, value }).then(() => void waits.push(performance.now() - due)));
      }
    }
    await Promise.all(replies);
    return waits;
  };
  const idle = await saves((k) => k < IDLE_SAVES);
  let running = true;
  const done = work().finally(() => (running = false));
  const during = await saves(() => running);
  await done;
  return { during, idle };
}

export const longest = (ms: number[]): number => (ms.length ? Math.max(...ms) : 0);
export function median(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
