import type { ScorecardExport } from '../../../../shared/export/schema';
import { encodeValues } from '../../../../shared/reports/element-counts';
import { localDayOf } from '../../../../shared/reports/local-day';
import type { StoredScore } from '../../../../shared/reports/stored-score';
import type { IdentityStore } from '../../agents/identity-store';
import type { Repositories } from '../../repositories';
import type { CountedScorecard, ReportVersion } from './store';

export interface Counting {
  row: CountedScorecard;
  version: ReportVersion;
}

/**
 * What a scorecard completed here counts as: its latest completed revision
 * (a later draft does not count until completed), its stored score, and the
 * local day of its interaction. Null while it was never completed.
 */
export function countingOfLocal(repos: Repositories, identity: IdentityStore, timeZone: string, scorecardId: string): Counting | null {
  const scorecard = repos.scorecards.get(scorecardId);
  // A calibration scorecard measures the reviewer against colleagues, not the agent: it never counts in reports.
  if (!scorecard || repos.scorecards.calibrationSessionOf(scorecardId)) return null;
  const revision = scorecard.status === 'completed' ? scorecard.revision : scorecard.revision - 1;
  if (revision < 1) return null;
  const counted = revisionOf(repos, scorecardId, revision, scorecard);
  const score = repos.scores.summary(scorecardId, revision);
  const interaction = repos.interactions.get(scorecard.interactionId);
  const template = repos.templates.getVersion(scorecard.templateVersionId);
  if (!counted || !score || !interaction || !template) return null;
  const values = new Map(counted.answers.map((a) => [a.elementId, a.value] as const));
  return {
    version: { templateVersionId: template.id, templateId: template.templateId, name: template.content.name, version: template.version, content: template.content },
    row: {
      scorecardId,
      revision,
      source: 'mine',
      ownAgentId: scorecard.agentId,
      agentId: identity.survivorOf(scorecard.agentId),
      reviewerId: counted.reviewerId,
      reviewerName: counted.reviewerName,
      day: localDayOf(interaction.occurredAt, timeZone),
      occurredAt: interaction.occurredAt,
      completedAt: counted.completedAt,
      templateVersionId: template.id,
      channel: interaction.channel,
      reference: interaction.reference,
      ...scoreColumns(score),
      answerValues: encodeValues(template.content, values),
    },
  };
}

/**
 * Who completed a revision of this install, when, and its answers: while the
 * scorecard stays completed at that revision its answers are the answers
 * table's (read-only by trigger); an earlier one, or one a later draft has
 * reopened, from its snapshot in the history.
 */
export function revisionOf(repos: Repositories, scorecardId: string, revision: number, scorecard = repos.scorecards.get(scorecardId)) {
  if (scorecard?.status === 'completed' && scorecard.revision === revision && scorecard.completedAt) {
    return { reviewerId: scorecard.reviewerId, reviewerName: scorecard.reviewerName, completedAt: scorecard.completedAt, answers: repos.answers.list(scorecardId) };
  }
  return repos.revisions.get(scorecardId, revision);
}

/** A colleague's revision, attached to `ownAgentId` (see agents/attach.ts). */
export function countingOfImport(doc: ScorecardExport, score: StoredScore, ownAgentId: string, identity: IdentityStore, timeZone: string): Counting {
  const content = doc.template.content;
  const values = new Map(doc.answers.map((a) => [a.elementId, a.value] as const));
  return {
    version: { templateVersionId: doc.template.versionId, templateId: doc.template.id, name: doc.template.name, version: doc.template.version, content },
    row: {
      scorecardId: doc.scorecardId,
      revision: doc.revision,
      source: 'team',
      ownAgentId,
      agentId: identity.survivorOf(ownAgentId),
      reviewerId: doc.reviewer.id,
      reviewerName: doc.reviewer.name,
      day: localDayOf(doc.interaction.occurredAt, timeZone),
      occurredAt: new Date(doc.interaction.occurredAt).toISOString(),
      completedAt: doc.completedAt,
      templateVersionId: doc.template.versionId,
      channel: doc.interaction.channel,
      reference: doc.interaction.reference,
      ...scoreColumns(score),
      answerValues: encodeValues(content, values),
    },
  };
}

const scoreColumns = (score: Pick<StoredScore, 'overall' | 'bandLabel' | 'automaticFail'>) => ({ percent: score.overall?.value ?? null, bandLabel: score.bandLabel, automaticFail: score.automaticFail });
