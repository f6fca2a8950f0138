import type Database from 'better-sqlite3';
import type { DiscussedScorecard } from '../../../../shared/coaching/document';

/**
 * What a profile and a session read of one agent's counted scorecards in a
 * period of local days, beside the report queries: how many, mine and
 * colleagues', and the list a completed session keeps.
 */
export function createPeriodReads(db: Database.Database) {
  const counts = db.prepare<{ agentId: string; from: string; to: string }, { source: 'mine' | 'team'; n: number }>(
    `SELECT source, COUNT(*) AS n FROM report_scorecards WHERE agent_id = @agentId AND day BETWEEN @from AND @to GROUP BY source`,
  );
  const list = db.prepare<{ agentId: string; from: string; to: string }, DiscussedScorecard>(
    `SELECT scorecard_id AS scorecardId, revision, source, occurred_at AS occurredAt, reviewer_name AS reviewerName, percent, band_label AS band
     FROM report_scorecards WHERE agent_id = @agentId AND day BETWEEN @from AND @to ORDER BY occurred_at, scorecard_id`,
  );
  return {
    counts(agentId: string, from: string, to: string): { total: number; mine: number; team: number } {
      const found = { mine: 0, team: 0 };
      for (const r of counts.all({ agentId, from, to })) found[r.source] = r.n;
      return { total: found.mine + found.team, ...found };
    },
    scorecards: (agentId: string, from: string, to: string): DiscussedScorecard[] => list.all({ agentId, from, to }),
  };
}
export type PeriodReads = ReturnType<typeof createPeriodReads>;
