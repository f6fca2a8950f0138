import type { PendingQuery, Row } from 'postgres';
import type { WrittenRef } from '../../shared/sync/kinds';
import { teamKey } from '../access/team';
import type { Tx } from '../db/connect';

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
 * The report row of the scorecard revision just stored under `key`, for the
 * storing transaction's pipeline (store/documents.ts): it follows that
 * document's row, so where none was inserted (a refusal, a repeat) it writes
 * nothing. Revisions arrive in any order: the row is the latest unless a
 * later revision is already here, and earlier ones stop being the latest.
 * Pushes of one scorecard store one after the other (its owner claim is
 * locked), so two revisions never both count.
 */
export function writeScorecardFacts(tx: Tx, key: WrittenRef, f: ScorecardFacts, pushedBy: string): PendingQuery<Row[]>[] {
  return [
    tx`
    INSERT INTO scorecards (seq, scorecard_id, revision, completed_at, occurred_at, channel, agent_id, agent_name, team, team_key,
      reviewer_id, reviewer_name, reviewer_user_id, template_id, template_version_id, template_version, template_name,
      score_numerator, score_denominator, score_value, score_rounded, band_id, band_label, meets_target, automatic_fail, latest)
    SELECT d.seq, ${f.scorecardId}, ${f.revision}, ${f.completedAt}, ${f.occurredAt}, ${f.channel}, ${f.agentId}, ${f.agentName},
      ${f.team}, ${teamKey(f.team)}, ${f.reviewerId}, ${f.reviewerName}, ${pushedBy}, ${f.templateId}, ${f.templateVersionId},
      ${f.templateVersion}, ${f.templateName}, ${f.score?.numerator ?? null}, ${f.score?.denominator ?? null},
      ${f.score?.value ?? null}, ${f.score?.rounded ?? null}, ${f.bandId}, ${f.bandLabel}, ${f.meetsTarget}, ${f.automaticFail},
      NOT EXISTS (SELECT 1 FROM scorecards later WHERE later.scorecard_id = ${f.scorecardId} AND later.revision > ${f.revision})
    FROM documents d WHERE d.kind = ${key.kind} AND d.document_id = ${key.documentId} AND d.revision = ${key.revision} AND d.writer = ${key.writer}
    ON CONFLICT (seq) DO NOTHING`,
    tx`
    UPDATE scorecards SET latest = false
    WHERE scorecard_id = ${f.scorecardId} AND revision < ${f.revision} AND latest
      AND EXISTS (SELECT 1 FROM scorecards now WHERE now.scorecard_id = ${f.scorecardId} AND now.revision = ${f.revision} AND now.latest)`,
  ];
}
