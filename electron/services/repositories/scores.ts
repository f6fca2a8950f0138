import type Database from 'better-sqlite3';
import type { StoredScore, StoredSectionScore } from '../../../shared/reports/stored-score';
import type { ExactValue, Percentage } from '../../../shared/schemas/scorecard';

export type ScoreSource = 'mine' | 'team';

/** A stored score's row; `scoreColumns` selects the same columns for queries that join it in (the CSV's page). */
export interface ScoreRow {
  scorecard_id: string;
  revision: number;
  overall_numerator: string | null;
  overall_denominator: string | null;
  overall_value: number | null;
  overall_rounded: number | null;
  band_id: string;
  band_label: string;
  meets_target: number;
  automatic_fail: number;
  automatic_fail_elements: string;
  elements_met: number;
  elements_not_met: number;
  elements_not_applicable: number;
}

interface SectionRow {
  scorecard_id: string;
  revision: number;
  position: number;
  section_id: string;
  earned_numerator: string;
  earned_denominator: string;
  possible_numerator: string;
  possible_denominator: string;
  percent_numerator: string | null;
  percent_denominator: string | null;
  percent_value: number | null;
  percent_rounded: number | null;
  band_id: string;
  critical_fail_element: string | null;
  answered: number;
  total: number;
}

const exact = (numerator: string, denominator: string): ExactValue => ({ numerator, denominator });
const percentage = (n: string | null, d: string | null, value: number | null, rounded: number | null): Percentage | null =>
  n === null || d === null || value === null || rounded === null ? null : { exact: exact(n, d), value, rounded };

const toSection = (r: SectionRow): StoredSectionScore => ({
  sectionId: r.section_id,
  percentage: percentage(r.percent_numerator, r.percent_denominator, r.percent_value, r.percent_rounded),
  earnedPoints: exact(r.earned_numerator, r.earned_denominator),
  possiblePoints: exact(r.possible_numerator, r.possible_denominator),
  bandId: r.band_id,
  criticalFailElementId: r.critical_fail_element,
  answered: r.answered,
  total: r.total,
});

export const toScore = (r: ScoreColumns, sections: StoredSectionScore[]): StoredScore => ({
  overall: percentage(r.overall_numerator, r.overall_denominator, r.overall_value, r.overall_rounded),
  bandId: r.band_id,
  bandLabel: r.band_label,
  meetsTarget: r.meets_target === 1,
  automaticFail: r.automatic_fail === 1,
  automaticFailElementIds: JSON.parse(r.automatic_fail_elements) as string[],
  sections,
  met: r.elements_met,
  notMet: r.elements_not_met,
  notApplicable: r.elements_not_applicable,
});

/** What `toScore` reads: a stored score's own columns. */
export type ScoreColumns = Omit<ScoreRow, 'scorecard_id' | 'revision'>;

/** The columns of a stored score for a query that joins `scorecard_scores` under `alias`. */
export const scoreColumns = (alias: string) =>
  ['overall_numerator', 'overall_denominator', 'overall_value', 'overall_rounded', 'band_id', 'band_label', 'meets_target', 'automatic_fail', 'automatic_fail_elements', 'elements_met', 'elements_not_met', 'elements_not_applicable']
    .map((c) => `${alias}.${c}`)
    .join(', ');

const key = (scorecardId: string, revision: number) => `${scorecardId}\u0000${revision}`;

/**
 * The exact score of each completed revision, stored once when it is
 * completed here or imported, never changed (a trigger refuses it).
 */
export function createScoresRepository(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO scorecard_scores (scorecard_id, revision, source, overall_numerator, overall_denominator, overall_value, overall_rounded,
       band_id, band_label, meets_target, automatic_fail, automatic_fail_elements, elements_met, elements_not_met, elements_not_applicable)
     VALUES (@scorecardId, @revision, @source, @n, @d, @value, @rounded, @bandId, @bandLabel, @meetsTarget, @automaticFail, @failElements,
       @met, @notMet, @notApplicable)
     ON CONFLICT (scorecard_id, revision) DO NOTHING`,
  );
  const insertSection = db.prepare(
    `INSERT INTO scorecard_section_scores (scorecard_id, revision, position, section_id, earned_numerator, earned_denominator,
       possible_numerator, possible_denominator, percent_numerator, percent_denominator, percent_value, percent_rounded, band_id,
       critical_fail_element, answered, total)
     VALUES (@scorecardId, @revision, @position, @sectionId, @en, @ed, @pn, @pd, @n, @d, @value, @rounded, @bandId, @critical, @answered, @total)`,
  );
  const one = db.prepare<[string, number], ScoreRow>('SELECT * FROM scorecard_scores WHERE scorecard_id = ? AND revision = ?');
  const sectionsOf = db.prepare<[string, number], SectionRow>(
    'SELECT * FROM scorecard_section_scores WHERE scorecard_id = ? AND revision = ? ORDER BY position',
  );
  // Every stored revision of the listed scorecards (usually one each): the caller's revisions are picked from them.
  const many = db.prepare<[string], ScoreRow>('SELECT * FROM scorecard_scores WHERE scorecard_id IN (SELECT value FROM json_each(?))');
  const manySections = db.prepare<[string], SectionRow>('SELECT * FROM scorecard_section_scores WHERE scorecard_id IN (SELECT value FROM json_each(?))');
  const all = db.prepare<[], { scorecard_id: string; revision: number; source: ScoreSource }>(
    'SELECT scorecard_id, revision, source FROM scorecard_scores ORDER BY scorecard_id, revision',
  );
  return {
    /** Stores a revision's score; false when it was already stored (an import seen twice). */
    insert(scorecardId: string, revision: number, source: ScoreSource, score: StoredScore): boolean {
      const o = score.overall;
      const stored = insert.run({
        scorecardId,
        revision,
        source,
        n: o?.exact.numerator ?? null,
        d: o?.exact.denominator ?? null,
        value: o?.value ?? null,
        rounded: o?.rounded ?? null,
        bandId: score.bandId,
        bandLabel: score.bandLabel,
        meetsTarget: score.meetsTarget ? 1 : 0,
        automaticFail: score.automaticFail ? 1 : 0,
        failElements: JSON.stringify(score.automaticFailElementIds),
        met: score.met,
        notMet: score.notMet,
        notApplicable: score.notApplicable,
      });
      if (stored.changes !== 1) return false;
      score.sections.forEach((s, position) =>
        insertSection.run({
          scorecardId,
          revision,
          position,
          sectionId: s.sectionId,
          en: s.earnedPoints.numerator,
          ed: s.earnedPoints.denominator,
          pn: s.possiblePoints.numerator,
          pd: s.possiblePoints.denominator,
          n: s.percentage?.exact.numerator ?? null,
          d: s.percentage?.exact.denominator ?? null,
          value: s.percentage?.value ?? null,
          rounded: s.percentage?.rounded ?? null,
          bandId: s.bandId,
          critical: s.criticalFailElementId,
          answered: s.answered,
          total: s.total,
        }),
      );
      return true;
    },
    get(scorecardId: string, revision: number): StoredScore | null {
      const row = one.get(scorecardId, revision);
      return row ? toScore(row, sectionsOf.all(scorecardId, revision).map(toSection)) : null;
    },
    /** A revision's score without its sections (what reports count with); null when none is stored. */
    summary(scorecardId: string, revision: number): StoredScore | null {
      const row = one.get(scorecardId, revision);
      return row ? toScore(row, []) : null;
    },
    /** Many revisions at once (a CSV chunk), by `scorecardId\0revision`; sections only when asked (only the sections export reads them). */
    getMany(refs: readonly { scorecardId: string; revision: number }[], withSections: boolean): Map<string, StoredScore> {
      const wanted = new Set(refs.map((r) => key(r.scorecardId, r.revision)));
      const ids = JSON.stringify([...new Set(refs.map((r) => r.scorecardId))]);
      const sections = new Map<string, StoredSectionScore[]>();
      if (withSections) {
        for (const r of manySections.iterate(ids)) {
          const k = key(r.scorecard_id, r.revision);
          if (!wanted.has(k)) continue;
          let list = sections.get(k);
          if (!list) sections.set(k, (list = []));
          list[r.position] = toSection(r);
        }
      }
      const out = new Map<string, StoredScore>();
      for (const r of many.iterate(ids)) {
        const k = key(r.scorecard_id, r.revision);
        if (wanted.has(k)) out.set(k, toScore(r, sections.get(k) ?? []));
      }
      return out;
    },
    /** Every stored revision, for the check. */
    listAll: () => all.all().map((r) => ({ scorecardId: r.scorecard_id, revision: r.revision, source: r.source })),
  };
}
export const scoreKey = key;
export type ScoresRepository = ReturnType<typeof createScoresRepository>;
