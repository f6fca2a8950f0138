import { totalsAt } from '../reports/element-counts';
import type { TemplateContent } from '../schemas/template';
import { proportionInterval } from '../stats';
import type { ElementTally } from './findings';

export interface VersionContent {
  version: number;
  content: TemplateContent;
}

interface Counts {
  met: number;
  notMet: number;
  notApplicable: number;
}

export interface ElementRateFigures extends Counts {
  elementId: string;
  number: string;
  label: string;
  section: string;
  rate: number | null;
  lower: number | null;
  upper: number | null;
  teamRate: number | null;
  belowTarget: boolean;
}

export interface SectionRateFigures {
  section: string;
  met: number;
  notMet: number;
  rate: number | null;
  teamRate: number | null;
  belowTarget: boolean;
}

export interface AgentElementRates {
  elements: ElementRateFigures[];
  sections: SectionRateFigures[];
  /** The newest template version's target; null with no scorecards. */
  target: number | null;
  /** What the strengths and needs are decided from. */
  tallies: ElementTally[];
}

const rate = (met: number, notMet: number) => (met + notMet > 0 ? (met / (met + notMet)) * 100 : null);
const ZERO: Counts = { met: 0, notMet: 0, notApplicable: 0 };

/**
 * An agent's pass rate per element and per section (met ÷ applicable answers,
 * as the reports' heat map counts them) beside the rest of the team's, from
 * element totals per template version. Elements are matched across versions
 * by their key and shown with the number, label and section of the newest
 * version that has them, in its order; a section's rate adds up its elements.
 */
export function elementRatesOf(
  agent: ReadonlyMap<string, Float64Array>,
  team: ReadonlyMap<string, Float64Array> | null,
  versions: ReadonlyMap<string, VersionContent>,
): AgentElementRates {
  const words = new Map<string, { number: string; label: string; section: string; version: number; order: number }>();
  const mine = new Map<string, Counts>();
  const theirs = new Map<string, Counts>();
  let target: { value: number; version: number } | null = null;
  const add = (into: Map<string, Counts>, totals: ReadonlyMap<string, Float64Array>, learn: boolean) => {
    for (const [versionId, counts] of totals) {
      const v = versions.get(versionId);
      if (!v) continue;
      if (learn && (!target || v.version > target.version)) target = { value: v.content.target, version: v.version };
      let i = 0;
      v.content.sections.forEach((section, s) =>
        section.elements.forEach((element, e) => {
          const t = totalsAt(counts, i);
          const known = words.get(element.id);
          if (!known || v.version > known.version) words.set(element.id, { number: `${s + 1}.${e + 1}`, label: element.label, section: section.title, version: v.version, order: i });
          i++;
          const c = into.get(element.id) ?? { ...ZERO };
          into.set(element.id, { met: c.met + t.met, notMet: c.notMet + t.notMet, notApplicable: c.notApplicable + t.notApplicable });
        }),
      );
    }
  };
  add(mine, agent, true);
  if (team) add(theirs, team, false);
  const goal = (target as { value: number } | null)?.value ?? null;
  const ordered = [...words].filter(([id]) => mine.has(id)).sort(([, a], [, b]) => a.order - b.order || a.number.localeCompare(b.number));

  const elements: ElementRateFigures[] = ordered.map(([elementId, w]) => {
    const c = mine.get(elementId)!;
    const other = theirs.get(elementId);
    const interval = proportionInterval(c.met, c.met + c.notMet);
    const r = rate(c.met, c.notMet);
    return {
      elementId,
      number: w.number,
      label: w.label,
      section: w.section,
      ...c,
      rate: r,
      lower: interval.lower === null ? null : interval.lower * 100,
      upper: interval.upper === null ? null : interval.upper * 100,
      teamRate: other ? rate(other.met, other.notMet) : null,
      belowTarget: r !== null && goal !== null && r < goal,
    };
  });
  const sections = new Map<string, { met: number; notMet: number; teamMet: number; teamNotMet: number }>();
  for (const e of elements) {
    const s = sections.get(e.section) ?? { met: 0, notMet: 0, teamMet: 0, teamNotMet: 0 };
    const other = theirs.get(e.elementId) ?? ZERO;
    sections.set(e.section, { met: s.met + e.met, notMet: s.notMet + e.notMet, teamMet: s.teamMet + other.met, teamNotMet: s.teamNotMet + other.notMet });
  }
  return {
    elements,
    sections: [...sections].map(([section, s]) => {
      const r = rate(s.met, s.notMet);
      return { section, met: s.met, notMet: s.notMet, rate: r, teamRate: team ? rate(s.teamMet, s.teamNotMet) : null, belowTarget: r !== null && goal !== null && r < goal };
    }),
    target: goal,
    tallies: elements.map((e) => {
      const other = theirs.get(e.elementId);
      return { elementId: e.elementId, number: e.number, label: e.label, section: e.section, met: e.met, notMet: e.notMet, team: other && other.met + other.notMet > 0 ? { met: other.met, notMet: other.notMet } : null };
    }),
  };
}
