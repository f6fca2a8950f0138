import type { ScorecardExport } from '../../shared/export/schema';
import { writeScorecardFacts, type ScorecardFacts } from '../store/scorecards';
import type { ServerRule } from './kind';

const INTEGER = /^-?\d{1,60}$/;

/**
 * Scorecards: the kind the published contract was written for. A scorecard
 * belongs to its agent's team and is written in its reviewer's name (bound
 * to one server user), and keeps report columns (the `scorecards` table).
 */
export const scorecardRule: ServerRule<ScorecardExport> = {
  team: (d) => d.agent.team,
  author: (d) => d.reviewer.id,
  // The schema says "string"; the columns are numeric, so anything but an integer would fail the insert as a server error.
  check(d) {
    const exact = d.score.overall?.exact;
    return exact && !(INTEGER.test(exact.numerator) && INTEGER.test(exact.denominator)) ? 'score.overall.exact must be a fraction of two integers' : null;
  },
  writeFacts: (db, stored, d, pushedBy) => writeScorecardFacts(db, stored, factsOf(d), pushedBy),
};

function factsOf(d: ScorecardExport): ScorecardFacts {
  const overall = d.score.overall;
  return {
    scorecardId: d.scorecardId,
    revision: d.revision,
    completedAt: d.completedAt,
    occurredAt: d.interaction.occurredAt,
    channel: d.interaction.channel,
    agentId: d.agent.id,
    agentName: d.agent.name,
    team: d.agent.team,
    reviewerId: d.reviewer.id,
    reviewerName: d.reviewer.name,
    templateId: d.template.id,
    templateVersionId: d.template.versionId,
    templateVersion: d.template.version,
    templateName: d.template.name,
    score: overall ? { numerator: overall.exact.numerator, denominator: overall.exact.denominator, value: overall.value, rounded: overall.rounded } : null,
    bandId: d.score.bandId,
    bandLabel: d.score.bandLabel,
    meetsTarget: d.score.meetsTarget,
    automaticFail: d.score.automaticFail,
  };
}
