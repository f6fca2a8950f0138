import type { Fragment } from 'postgres';
import { teamKey } from '../access/team';
import type { Db } from '../db/connect';
import type { FactsStatements } from './documents';

/** The report columns of one scorecard revision (the `scorecards` table). */
export interface ScorecardFacts {
  scorecardId: string;
  revision: number;
  completedAt: string;
  occurredAt: string;
  channel: string;
  agentId: string;
  agentName: string;
  team: string;
  reviewerId: string;
  reviewerName: string;
  templateId: string;
  templateVersionId: string;
  templateVersion: number;
  templateName: string;
  /** Exact fraction (integer strings), full-precision value and the value rounded half up to one decimal; null when nothing applied. */
  score: { numerator: string; denominator: string; value: number; rounded: number } | null;
  bandId: string;
  bandLabel: string;
  meetsTarget: boolean;
  automaticFail: boolean;
}

/**
 * The report row of the scorecard revision just stored, taking its seq from
 * `stored` (a relation with a `seq` column: the storing statement's inserted
 * row, or a look-up of it; see store/documents.ts), so where none was
 * inserted (a refusal, a repeat) it writes nothing. Revisions arrive in any
 * order: the row is the latest unless a later revision is already here, and
 * `settle` makes earlier ones stop being the latest. Pushes of one scorecard
 * store one after the other (its owner claim is locked), so two revisions
 * never both count.
 */
export function writeScorecardFacts(db: Db, stored: Fragment, f: ScorecardFacts, pushedBy: string): FactsStatements {
  return {
    insert: db`
    INSERT INTO scorecards (seq, scorecard_id, revision, completed_at, occurred_at, channel, agent_id, agent_name, team, team_key,
      reviewer_id, reviewer_name, reviewer_user_id, template_id, template_version_id, template_version, template_name,
      score_numerator, score_denominator, score_value, score_rounded, band_id, band_label, meets_target, automatic_fail, latest)
    SELECT stored.seq, ${f.scorecardId}, ${f.revision}, ${f.completedAt}, ${f.occurredAt}, ${f.channel}, ${f.agentId}, ${f.agentName},
      ${f.team}, ${teamKey(f.team)}, ${f.reviewerId}, ${f.reviewerName}, ${pushedBy}, ${f.templateId}, ${f.templateVersionId},
      ${f.templateVersion}, ${f.templateName}, ${f.score?.numerator ?? null}, ${f.score?.denominator ?? null},
      ${f.score?.value ?? null}, ${f.score?.rounded ?? null}, ${f.bandId}, ${f.bandLabel}, ${f.meetsTarget}, ${f.automaticFail},
      NOT EXISTS (SELECT 1 FROM scorecards later WHERE later.scorecard_id = ${f.scorecardId} AND later.revision > ${f.revision})
    FROM ${stored}
    ON CONFLICT (seq) DO NOTHING`,
    settle: db`
    UPDATE scorecards SET latest = false
    WHERE scorecard_id = ${f.scorecardId} AND revision < ${f.revision} AND latest
      AND EXISTS (SELECT 1 FROM scorecards now WHERE now.scorecard_id = ${f.scorecardId} AND now.revision = ${f.revision} AND now.latest)`,
  };
}
