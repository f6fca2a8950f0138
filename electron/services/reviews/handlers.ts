import { ApiError, type ApiHandlers } from '../../../shared/api';
import { scorecardKind } from '../../../shared/sync/kinds';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import type { TemplateContent, TemplateElement } from '../../../shared/schemas/template';
import { occurredAtProblem } from '../../../shared/interactions/occurred-at';
import { answerProblem } from '../../../shared/scoring';
import { storedScoreOf } from '../../../shared/reports/stored-score';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import { currentReviewer } from '../settings/reviewer';
import { loadDetail, requireDraft, requireScorecard } from './load';
import { scoreOf } from './score-of';

type ReviewMethods =
  | 'reviews.list'
  | 'reviews.create'
  | 'reviews.get'
  | 'reviews.setAnswer'
  | 'reviews.setComment'
  | 'reviews.setFeedback'
  | 'reviews.complete'
  | 'reviews.discardDraft'
  | 'reviews.revise'
  | 'reviews.history';

export function reviewsHandlers(ctx: ServiceContext, repos: Repositories): Pick<ApiHandlers, ReviewMethods> {
  const { db } = ctx;

  /** Each change and the score summary it implies commit together, or not at all. */
  const saveChange = (scorecardId: string, write: (at: string, template: TemplateContent) => void) =>
    db.transaction(() => {
      const { template } = requireDraft(repos, scorecardId);
      const at = ctx.now();
      write(at, template.content);
      const { score, missing } = scoreOf(template.content, repos.answers.list(scorecardId));
      repos.scorecards.saveSummary(scorecardId, score, at);
      return { savedAt: at, score, missing };
    })();
  const saveDraft = (scorecardId: string, elementId: string, write: (at: string, element: TemplateElement) => void) =>
    saveChange(scorecardId, (at, content) => {
      const element = content.sections.flatMap((s) => s.elements).find((e) => e.id === elementId);
      if (!element) throw new ApiError('invalid_input', `This scorecard's template has no element "${elementId}".`);
      write(at, element);
    });

  return {
    'reviews.list': ({ limit, offset, ...filter }) => repos.scorecards.listPage(filter, limit, offset),

    'reviews.get': ({ id }) => loadDetail(repos, id),

    'reviews.create': ({ agentId, templateVersionId, interaction }) => {
      const reviewer = currentReviewer(repos);
      if (!reviewer) throw new ApiError('conflict', 'Enter your name before you start a review: it is stamped on every scorecard.');
      const id = ctx.newId();
      db.transaction(() => {
        const agent = repos.agents.get(agentId);
        if (!agent) throw new ApiError('not_found', 'That agent no longer exists.');
        if (!agent.active) throw new ApiError('conflict', `${agent.name} is deactivated: reactivate them to review their work.`);
        const template = repos.templates.getVersion(templateVersionId);
        if (!template) throw new ApiError('not_found', 'That template version does not exist.');
        if (repos.templates.isArchived(template.templateId)) throw new ApiError('conflict', `"${template.content.name}" is archived: no new review can start with it.`);
        const at = ctx.now();
        const interactionId = ctx.newId();
        // Stored in UTC so the list's order and date filters, which compare text, are right whatever offset was given.
        const occurredAt = new Date(interaction.occurredAt).toISOString();
        const timeProblem = occurredAtProblem(occurredAt, at);
        if (timeProblem) throw new ApiError('invalid_input', `interaction.occurredAt: ${timeProblem}`, [{ path: ['interaction', 'occurredAt'], message: timeProblem }]);
        repos.interactions.insert({ id: interactionId, agentId, ...interaction, occurredAt });
        const scorecard: Scorecard = {
          id,
          interactionId,
          agentId,
          templateVersionId,
          reviewerId: reviewer.id,
          reviewerName: reviewer.name,
          status: 'draft',
          revision: 1,
          revisionReason: null,
          createdAt: at,
          updatedAt: at,
          completedAt: null,
        };
        repos.scorecards.insert(scorecard, occurredAt, scoreOf(template.content, []).score);
      })();
      return loadDetail(repos, id);
    },

    'reviews.setAnswer': ({ scorecardId, elementId, value }) =>
      saveDraft(scorecardId, elementId, (at, element) => {
        const problem = answerProblem(element, value);
        if (problem) throw new ApiError('invalid_input', problem);
        repos.answers.setValue(scorecardId, elementId, value, at);
      }),

    'reviews.setComment': ({ scorecardId, elementId, text }) =>
      saveDraft(scorecardId, elementId, (at) => repos.answers.setComment(scorecardId, elementId, text, at)),

    'reviews.setFeedback': ({ scorecardId, field, text }) => saveChange(scorecardId, (at) => repos.feedback.set(scorecardId, field, text, at)),

    'reviews.complete': ({ scorecardId }) => {
      db.transaction(() => {
        const { scorecard, template } = requireDraft(repos, scorecardId);
        const answers = repos.answers.list(scorecardId);
        const { score, missing } = scoreOf(template.content, answers);
        if (missing.length) {
          throw new ApiError('incomplete', `This scorecard cannot be completed yet: ${missing.length} item${missing.length === 1 ? '' : 's'} missing.`, missing);
        }
        const at = ctx.now();
        repos.scorecards.saveSummary(scorecardId, score, at);
        repos.scorecards.complete(scorecardId, at);
        repos.revisions.insert({
          scorecardId,
          revision: scorecard.revision,
          reason: scorecard.revisionReason,
          reviewerId: scorecard.reviewerId,
          reviewerName: scorecard.reviewerName,
          completedAt: at,
          answers,
          feedback: repos.feedback.get(scorecardId),
          score,
        });
        // Stored with the revision, so lists, CSV and reports read it rather than run the engine again (issue 7).
        const values = new Map(answers.map((a) => [a.elementId, a.value] as const));
        repos.scores.insert(scorecardId, scorecard.revision, 'mine', storedScoreOf(template.content, values, score));
        ctx.hooks.completed.run({ kind: scorecardKind.kind, documentId: scorecardId, revision: scorecard.revision });
      })();
      return loadDetail(repos, scorecardId);
    },

    'reviews.revise': ({ scorecardId, reason }) => {
      const reviewer = currentReviewer(repos);
      if (!reviewer) throw new ApiError('conflict', 'Enter your name first: it is recorded on the new revision.');
      db.transaction(() => {
        const { scorecard } = requireScorecard(repos, scorecardId);
        if (scorecard.status !== 'completed') throw new ApiError('conflict', 'This scorecard is still a draft: change it directly.');
        repos.scorecards.reopen(scorecardId, { reason, reviewerId: reviewer.id, reviewerName: reviewer.name, at: ctx.now() });
      })();
      return loadDetail(repos, scorecardId);
    },

    'reviews.history': ({ scorecardId }) => {
      requireScorecard(repos, scorecardId);
      return repos.revisions.list(scorecardId);
    },

    'reviews.discardDraft': ({ scorecardId }) => {
      db.transaction(() => {
        const { scorecard } = requireDraft(repos, scorecardId);
        const previous = scorecard.revision > 1 ? repos.revisions.get(scorecardId, scorecard.revision - 1) : null;
        if (previous) {
          // Discarding a later revision's draft returns to the last completed revision, never deletes it.
          repos.answers.replaceAll(scorecardId, previous.answers);
          repos.feedback.replace(scorecardId, previous.feedback, ctx.now());
          repos.scorecards.restore(scorecardId, previous, ctx.now());
          return;
        }
        repos.scorecards.removeDraft(scorecardId);
        repos.interactions.remove(scorecard.interactionId);
      })();
      return { discarded: true as const };
    },
  };
}
