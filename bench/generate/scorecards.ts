import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { scoreScorecard, type AnswerInput } from '../../shared/scoring';
import type { AnswerValue } from '../../shared/schemas/scorecard';
import { BUILTIN_TEMPLATE_VERSION_ID, builtinTemplate } from '../../shared/templates/builtin';
import { storedScoreOf } from '../../shared/reports/stored-score';
import { createScoresRepository } from '../../electron/services/repositories/scores';

export interface GenerateOptions {
  scorecards: number;
  agents: number;
  /** The scorecards spread evenly over this many days before `until`. */
  days: number;
  until?: Date;
  reviewer: { id: string; name: string };
  /** More reviewers to share the scorecards with the first (reports compare reviewers); default none. */
  otherReviewers?: { id: string; name: string }[];
}

/** A small deterministic generator, so two runs fill the same database. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Fills a migrated database with completed scorecards of the built-in template,
 * straight through the tables in one transaction (the service would fsync each
 * one). Scores come from the real engine, so list figures are realistic.
 */
export function generateScorecards(db: Database.Database, options: GenerateOptions): { agentIds: string[] } {
  const rand = random(42);
  const until = (options.until ?? new Date('2026-11-01T00:00:00Z')).getTime();
  const elementIds = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));
  const insertAgent = db.prepare(`INSERT INTO agents (id, name, team, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`);
  const insertInteraction = db.prepare(
    `INSERT INTO interactions (id, agent_id, channel, occurred_at, reference, duration_seconds, customer_name) VALUES (?, ?, ?, ?, ?, ?, '')`,
  );
  const insertScorecard = db.prepare(
    `INSERT INTO scorecards (id, interaction_id, agent_id, template_version_id, reviewer_id, reviewer_name, status, revision,
       occurred_at, created_at, updated_at, completed_at, score_rounded, band_id, band_label, meets_target, provisional, automatic_fail)
     VALUES (?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  // Answers go in while the scorecard is a draft: the database refuses them on a completed one.
  const complete = db.prepare(`UPDATE scorecards SET status = 'completed' WHERE id = ?`);
  // Stored as completion stores it (issue 7), so lists, CSV and reports read it.
  const scores = createScoresRepository(db);
  const reviewers = [options.reviewer, ...(options.otherReviewers ?? [])];
  const insertAnswer = db.prepare(`INSERT INTO answers (scorecard_id, element_id, value, comment, updated_at) VALUES (?, ?, ?, ?, ?)`);
  const channels = ['phone', 'face_to_face', 'email', 'web_chat'] as const;
  const agentIds: string[] = [];
  const stamp = new Date(until).toISOString();

  db.transaction(() => {
    for (let a = 0; a < options.agents; a++) {
      const id = randomUUID();
      agentIds.push(id);
      insertAgent.run(id, `Agent ${String(a + 1).padStart(3, '0')}`, `Team ${1 + (a % 12)}`, stamp, stamp);
    }
    const span = options.days * 86_400_000;
    for (let i = 0; i < options.scorecards; i++) {
      const agentId = agentIds[Math.floor(rand() * agentIds.length)]!;
      const occurred = new Date(until - span + Math.floor((i / options.scorecards) * span)).toISOString();
      const interactionId = randomUUID();
      const scorecardId = randomUUID();
      const answers = new Map<string, AnswerInput>();
      for (const elementId of elementIds) {
        const r = rand();
        const value: AnswerValue = r < 0.78 ? 'met' : r < 0.94 ? 'not_met' : 'na';
        answers.set(elementId, { value, comment: value === 'not_met' && rand() < 0.3 ? 'Missed: see the call at 01:23.' : '' });
      }
      const score = scoreScorecard(builtinTemplate, answers);
      insertInteraction.run(interactionId, agentId, channels[i % 4], occurred, `REF-${i}`, 120 + Math.floor(rand() * 900));
      const reviewer = reviewers[i % reviewers.length]!;
      insertScorecard.run(
        scorecardId, interactionId, agentId, BUILTIN_TEMPLATE_VERSION_ID, reviewer.id, reviewer.name,
        occurred, occurred, occurred, occurred, score.overall?.rounded ?? null, score.bandId, score.bandLabel, score.meetsTarget ? 1 : 0,
      );
      for (const [elementId, answer] of answers) insertAnswer.run(scorecardId, elementId, answer.value, answer.comment ?? '', occurred);
      complete.run(scorecardId);
      scores.insert(scorecardId, 1, 'mine', storedScoreOf(builtinTemplate, new Map([...answers].map(([k, a]) => [k, a.value])), score));
    }
  })();
  return { agentIds };
}
