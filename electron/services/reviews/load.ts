import { ApiError } from '../../../shared/api';
import type { ReviewDetail } from '../../../shared/api/reviews';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import type { TemplateVersion } from '../../../shared/schemas/template';
import type { Repositories } from '../repositories';
import { scoreOf } from './score-of';

export function requireScorecard(repos: Repositories, id: string): { scorecard: Scorecard; template: TemplateVersion } {
  const scorecard = repos.scorecards.get(id);
  if (!scorecard) throw new ApiError('not_found', 'That review no longer exists.');
  const template = repos.templates.getVersion(scorecard.templateVersionId);
  if (!template) throw new ApiError('internal', `The template version ${scorecard.templateVersionId} of this review is missing.`);
  return { scorecard, template };
}

/** A draft may change; anything else is refused with a message the reviewer can act on. */
export function requireDraft(repos: Repositories, id: string) {
  const found = requireScorecard(repos, id);
  if (found.scorecard.status !== 'draft') {
    throw new ApiError('read_only', 'This scorecard is completed and read-only.');
  }
  return found;
}

export function loadDetail(repos: Repositories, id: string): ReviewDetail {
  const { scorecard, template } = requireScorecard(repos, id);
  const agent = repos.agents.get(scorecard.agentId);
  const interaction = repos.interactions.get(scorecard.interactionId);
  if (!agent || !interaction) throw new ApiError('internal', 'This review refers to an agent or interaction that is missing.');
  const answers = repos.answers.list(id);
  return { scorecard, agent, interaction, template, answers, feedback: repos.feedback.get(id), ...scoreOf(template.content, answers) };
}
