import { formatPercent } from '../../../shared/scoring/format';
import type { ScoreResult } from '../../../shared/schemas/scorecard';

/** What the live region compares between two scores. */
export interface ScoreGist {
  answered: number;
  percent: number | null;
  bandLabel: string;
  automaticFail: boolean;
}

export function gistOf(score: ScoreResult): ScoreGist {
  return {
    answered: score.sections.reduce((sum, s) => sum + s.answered, 0),
    percent: score.overall?.rounded ?? null,
    bandLabel: score.bandLabel,
    automaticFail: score.automaticFail,
  };
}

/**
 * What a screen reader hears when the score changes (issue 13 item 7): politely,
 * and only what matters, not a number after every key: an automatic fail, the
 * band changing, and the score once every element is answered. Null: say nothing.
 */
export function scoreAnnouncement(before: ScoreGist | null, after: ScoreGist, total: number): string | null {
  if (!before || after.answered === 0) return null;
  const verdict = `${after.percent === null ? 'N/A' : formatPercent(after.percent)}, ${after.bandLabel}`;
  if (after.automaticFail && !before.automaticFail) return `Automatic fail: a critical element is not met. Score ${verdict}.`;
  if (after.answered === total && before.answered < total) return `All ${total} answered. Score ${verdict}.`;
  if (after.bandLabel !== before.bandLabel) return after.answered < total ? `Provisional band now ${after.bandLabel}.` : `Band now ${after.bandLabel}. Score ${verdict}.`;
  return null;
}
