import type { TemplateVersionInfo } from '../../../../shared/api/templates';
import type { AnswerValue } from '../../../../shared/schemas/scorecard';
import type { TemplateDefinitionInput } from '../../../../shared/templates/definition';
import type { OpenedService } from '../../../support/service';
import { check, draft, scale, section } from '../build';

/** A form of the kind the issue names: weights, a scale to 10 with a comment on every answer, a scorecard-critical check. */
export const salesCalls = (): TemplateDefinitionInput =>
  draft(
    [
      section('opening', [check('greet', 'Greets the customer'), check('dpa', 'Completes the data-protection check', { critical: 'scorecard', points: 2 })], { weight: 1, title: 'Opening' }),
      section(
        'conversation',
        [
          scale('listening', 10, { label: 'Active listening', commentRequiredWhen: 'always', points: 3 }),
          check('empathy', 'Appropriate use of empathy', { allowNotApplicable: true }),
        ],
        { weight: 2, title: 'Conversation' },
      ),
    ],
    { name: 'Sales calls 2027', target: 75 },
  );

/** The draft as it crosses a transport: JSON (fields left undefined are dropped). */
const asSent = (content: TemplateDefinitionInput) => JSON.parse(JSON.stringify(content)) as never;

/** Creates a template, saves `content` as its draft and publishes it: what a quality lead does in the builder. */
export async function publishNew(s: OpenedService, content: TemplateDefinitionInput = salesCalls()): Promise<{ templateId: string; version: TemplateVersionInfo }> {
  const { templateId } = await s.call('templates.create', { name: String(content.name) });
  await s.call('templates.saveDraft', { templateId, content: asSent(content) });
  return { templateId, version: await s.call('templates.publish', { templateId }) };
}

/** Starts the next draft of a template, lets `edit` change it, saves and publishes it. */
export async function publishNext(s: OpenedService, templateId: string, edit: (content: TemplateDefinitionInput) => TemplateDefinitionInput) {
  const detail = await s.call('templates.startDraft', { templateId });
  await s.call('templates.saveDraft', { templateId, content: asSent(edit(structuredClone(detail.draft!.content) as unknown as TemplateDefinitionInput)) });
  return s.call('templates.publish', { templateId });
}

/** A completed scorecard of a version with the given answers (and a comment on each, so "always" is satisfied). */
export async function completeOn(
  s: OpenedService,
  versionId: string,
  agentId: string,
  answers: Record<string, AnswerValue>,
  occurredAt = '2026-11-20T10:00:00.000Z',
): Promise<string> {
  const detail = await s.call('reviews.create', { agentId, templateVersionId: versionId, interaction: { channel: 'phone', occurredAt } });
  const scorecardId = detail.scorecard.id;
  for (const [elementId, value] of Object.entries(answers)) {
    await s.call('reviews.setAnswer', { scorecardId, elementId, value });
    await s.call('reviews.setComment', { scorecardId, elementId, text: 'Noted' });
  }
  await s.call('reviews.complete', { scorecardId });
  return scorecardId;
}
