import fs from 'node:fs';
import path from 'node:path';
import { beforeEach } from 'vitest';
import type { AnswerValue } from '../../../../shared/schemas/scorecard';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../../shared/templates/builtin';
import { soxWav } from '../../media/support/audio';
import { reviewersClosedAfterEach, type Reviewer } from '../../sync/support/reviewer';
import { emptyShare } from '../../sync/support/share';
import { tempFolder } from '../../../support/service';

/** One colleague's install on the team's share: a real service, its share target, and how to read the share now. */
export interface Member extends Reviewer {
  targetId: string;
  /** Waits for deliveries, then reads the share: what "every few minutes" does, on demand. */
  exchange(): Promise<void>;
}

/** Installs on one share, a new share for each test, closed after it. */
export function teamOnOneShare() {
  const open = reviewersClosedAfterEach();
  const root = { path: '' };
  beforeEach(() => {
    root.path = '';
  });
  return {
    get share() {
      return root.path;
    },
    async member(name: string): Promise<Member> {
      const first = root.path === '';
      if (first) root.path = emptyShare();
      const install = await open(name);
      const target = await install.addShare(root.path, { adopt: !first });
      return {
        ...install,
        targetId: target.id,
        async exchange() {
          await install.idle();
          await install.call('sync.import', { targetId: target.id });
          await install.idle();
        },
      };
    },
  };
}

/** A draft review of the built-in template for the organiser to base a session on, with a real recording attached. */
export async function reviewedCall(organiser: Reviewer, withRecording = true): Promise<{ scorecardId: string; recording: string | null }> {
  const detail = await organiser.call('reviews.create', {
    agentId: organiser.agentId,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z', reference: 'CALL-77', customerName: 'Carol Customer' },
  });
  if (!withRecording) return { scorecardId: detail.scorecard.id, recording: null };
  const recording = soxWav(tempFolder('callmark-call-'), 'call-77.wav', ['-e', 'signed-integer', '-b', '16'], 2);
  await organiser.call('media.attach', { scorecardId: detail.scorecard.id, path: recording });
  return { scorecardId: detail.scorecard.id, recording };
}

export const ELEMENT_IDS = ['welcome', 'customer-interaction', 'technical-knowledge', 'close'].flatMap((s) => [1, 2, 3, 4, 5].map((n) => `${s}-${n}`));

/** Answers every element of the built-in template: `notMet` lists the elements not met, every other is met. */
export function answersWith(notMet: readonly string[], comments: Record<string, string> = {}) {
  return ELEMENT_IDS.map((elementId) => ({ elementId, value: (notMet.includes(elementId) ? 'not_met' : 'met') as AnswerValue, comment: comments[elementId] ?? '' }));
}

/** Starts this member's calibration scorecard, answers it and completes it: their submission. */
export async function submit(member: Member, sessionId: string, answers: ReturnType<typeof answersWith>): Promise<string> {
  const { scorecardId } = await member.call('calibration.start', { sessionId });
  for (const a of answers) {
    await member.call('reviews.setAnswer', { scorecardId, elementId: a.elementId, value: a.value });
    if (a.comment) await member.call('reviews.setComment', { scorecardId, elementId: a.elementId, text: a.comment });
  }
  await member.call('reviews.complete', { scorecardId });
  await member.idle();
  return scorecardId;
}

/** Every file under one of a share's folders, relative to it. */
export function filesUnder(share: string, folder: string): string[] {
  const base = path.join(share, folder);
  if (!fs.existsSync(base)) return [];
  return (fs.readdirSync(base, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(base, f)).isFile()).sort();
}
