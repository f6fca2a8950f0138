import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../../../shared/templates/builtin';
import type { OpenedService } from '../../support/service';

export const ELEMENT_IDS = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));

/** London: its days differ from UTC's for half the year, so a day counted in UTC shows up as a difference. */
export const ZONE = 'Europe/London';

/** Completes a new scorecard of the built-in template with these answers (20 values, template order). */
export async function completeWith(s: OpenedService, agentId: string, occurredAt: string, values: readonly AnswerValue[], reference = ''): Promise<string> {
  const detail = await s.call('reviews.create', {
    agentId,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt, reference },
  });
  await answer(s, detail.scorecard.id, values);
  await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
  return detail.scorecard.id;
}

export async function answer(s: OpenedService, scorecardId: string, values: readonly AnswerValue[]): Promise<void> {
  for (const [i, elementId] of ELEMENT_IDS.entries()) await s.call('reviews.setAnswer', { scorecardId, elementId, value: values[i] ?? 'met' });
}

/** `misses` elements not met, the rest met. */
export const withMisses = (misses: number): AnswerValue[] => ELEMENT_IDS.map((_, i) => (i < misses ? 'not_met' : 'met'));

export const WHOLE_RANGE = { from: '2020-01-01', to: '2030-12-31' } as const;
