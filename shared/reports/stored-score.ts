import { z } from 'zod';
import { judge } from '../scoring/answer';
import { Percentage, SectionScore, type AnswerValue, type ScoreResult } from '../schemas/scorecard';
import type { TemplateContent } from '../schemas/template';
import type { ScorecardExport } from '../export/schema';
import { elementsInOrder } from './element-counts';

/**
 * What is stored with each completed revision (issue 7): the exact section and
 * overall scores, band, automatic fail and the element counts, so lists, CSV
 * and reports read them instead of running the engine again.
 */
/** A section's score as stored: the engine's own shape (shared/schemas/scorecard.ts). */
export const StoredSectionScore = SectionScore;
export type StoredSectionScore = z.infer<typeof StoredSectionScore>;

export const StoredScore = z.object({
  overall: Percentage.nullable(),
  bandId: z.string(),
  bandLabel: z.string(),
  meetsTarget: z.boolean(),
  automaticFail: z.boolean(),
  automaticFailElementIds: z.array(z.string()),
  sections: z.array(StoredSectionScore),
  met: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
});
export type StoredScore = z.infer<typeof StoredScore>;

function elementCounts(template: TemplateContent, answers: ReadonlyMap<string, AnswerValue | null>) {
  const counts = { met: 0, notMet: 0, notApplicable: 0 };
  for (const element of elementsInOrder(template)) {
    const outcome = judge(element, { value: answers.get(element.id) ?? null });
    if (outcome.kind === 'not_applicable') counts.notApplicable++;
    else if (outcome.kind === 'scored') counts[outcome.fullyMet ? 'met' : 'notMet']++;
  }
  return counts;
}

/** A revision completed here: the engine's result, as computed at completion. */
export function storedScoreOf(template: TemplateContent, answers: ReadonlyMap<string, AnswerValue | null>, score: ScoreResult): StoredScore {
  return {
    overall: score.overall,
    bandId: score.bandId,
    bandLabel: score.bandLabel,
    meetsTarget: score.meetsTarget,
    automaticFail: score.automaticFail,
    automaticFailElementIds: score.automaticFailElementIds,
    sections: score.sections.map((s) => ({ ...s })),
    ...elementCounts(template, answers),
  };
}

/** A colleague's revision: the score exactly as their export carries it; the counts from its answers. */
export function storedScoreOfExport(doc: ScorecardExport): StoredScore {
  const answers = new Map(doc.answers.map((a) => [a.elementId, a.value] as const));
  const template = doc.template.content;
  const answeredIn = (sectionId: string) => doc.answers.filter((a) => a.sectionId === sectionId).length;
  return {
    overall: doc.score.overall,
    bandId: doc.score.bandId,
    bandLabel: doc.score.bandLabel,
    meetsTarget: doc.score.meetsTarget,
    automaticFail: doc.score.automaticFail,
    automaticFailElementIds: doc.score.automaticFailElementIds,
    sections: doc.score.sections.map((s) => ({
      ...s,
      answered: answeredIn(s.sectionId),
      total: template.sections.find((t) => t.id === s.sectionId)?.elements.length ?? 0,
    })),
    ...elementCounts(template, answers),
  };
}

const exactEqual = (a: { numerator: string; denominator: string } | null | undefined, b: typeof a) =>
  (a ?? null) === null ? (b ?? null) === null : !!b && a!.numerator === b.numerator && a!.denominator === b.denominator;

/** Where a stored score and the engine's recomputation disagree, in words (empty: they agree exactly). */
export function scoreDifferences(stored: StoredScore, recomputed: StoredScore): string[] {
  const out: string[] = [];
  if (!exactEqual(stored.overall?.exact, recomputed.overall?.exact)) {
    out.push(`overall ${stored.overall?.value ?? 'none'} stored, ${recomputed.overall?.value ?? 'none'} recomputed`);
  }
  if (stored.bandId !== recomputed.bandId) out.push(`band ${stored.bandId} stored, ${recomputed.bandId} recomputed`);
  if (stored.automaticFail !== recomputed.automaticFail) out.push(`automatic fail ${stored.automaticFail} stored, ${recomputed.automaticFail} recomputed`);
  if (stored.meetsTarget !== recomputed.meetsTarget) out.push(`meets target ${stored.meetsTarget} stored, ${recomputed.meetsTarget} recomputed`);
  for (const k of ['met', 'notMet', 'notApplicable'] as const) if (stored[k] !== recomputed[k]) out.push(`${k} ${stored[k]} stored, ${recomputed[k]} recomputed`);
  recomputed.sections.forEach((r, i) => {
    const s = stored.sections[i];
    if (!s || s.sectionId !== r.sectionId) return void out.push(`section ${r.sectionId} missing`);
    if (!exactEqual(s.percentage?.exact, r.percentage?.exact) || !exactEqual(s.earnedPoints, r.earnedPoints) || !exactEqual(s.possiblePoints, r.possiblePoints)) {
      out.push(`section ${r.sectionId}: ${s.percentage?.value ?? 'none'} stored, ${r.percentage?.value ?? 'none'} recomputed`);
    }
    if (s.bandId !== r.bandId || s.criticalFailElementId !== r.criticalFailElementId) out.push(`section ${r.sectionId}: band or critical fail differs`);
  });
  return out;
}
