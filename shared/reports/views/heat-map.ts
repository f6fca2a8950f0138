import type { ElementHeatMap, HeatCell } from '../../api/reports';
import type { TemplateContent } from '../../schemas/template';
import { totalsAt } from '../element-counts';

export interface VersionContent {
  version: number;
  content: TemplateContent;
}

const rate = (met: number, notMet: number) => (met + notMet > 0 ? (met / (met + notMet)) * 100 : null);
const byRate = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

interface Tally {
  met: number;
  notMet: number;
  answered: number;
}
const add = (map: Map<string, Tally>, key: string, c: Tally) => {
  const t = map.get(key) ?? { met: 0, notMet: 0, answered: 0 };
  t.met += c.met;
  t.notMet += c.notMet;
  t.answered += c.answered;
  map.set(key, t);
};

/**
 * Agents × elements pass rates (met ÷ applicable answers), worst element first
 * and worst agent first, against the template's target. Elements are matched
 * across template versions by their key; each is labelled as in the newest
 * version that has it.
 */
export function heatMapOf(
  totals: ReadonlyMap<string, ReadonlyMap<string, Float64Array>>,
  versions: ReadonlyMap<string, VersionContent>,
  names: ReadonlyMap<string, string>,
  readFrom: ElementHeatMap['readFrom'],
): ElementHeatMap {
  const cells = new Map<string, HeatCell>();
  const labels = new Map<string, { label: string; section: string; version: number; order: number }>();
  const byElement = new Map<string, Tally>();
  const byAgent = new Map<string, Tally>();
  let target: { value: number; version: number } | null = null;
  for (const [agentId, byVersion] of totals) {
    for (const [versionId, counts] of byVersion) {
      const v = versions.get(versionId);
      if (!v) continue;
      if (!target || v.version > target.version) target = { value: v.content.target, version: v.version };
      let i = 0;
      for (const section of v.content.sections) {
        for (const element of section.elements) {
          const known = labels.get(element.id);
          if (!known || v.version > known.version) labels.set(element.id, { label: element.label, section: section.title, version: v.version, order: i });
          const t = totalsAt(counts, i++);
          const key = `${agentId}|${element.id}`;
          const cell = cells.get(key) ?? { agentId, elementId: element.id, answered: 0, met: 0, notMet: 0, notApplicable: 0, passRate: null };
          cell.answered += t.answered;
          cell.met += t.met;
          cell.notMet += t.notMet;
          cell.notApplicable += t.notApplicable;
          cells.set(key, cell);
          add(byElement, element.id, t);
          add(byAgent, agentId, t);
        }
      }
    }
  }
  const elements = [...labels].map(([elementId, l]) => {
    const t = byElement.get(elementId)!;
    return { elementId, label: l.label, section: l.section, passRate: rate(t.met, t.notMet), answered: t.answered, order: l.order };
  });
  elements.sort((a, b) => byRate(a.passRate, b.passRate) || a.order - b.order);
  const agents = [...byAgent].map(([agentId, t]) => ({ agentId, name: names.get(agentId) ?? 'Unknown agent', passRate: rate(t.met, t.notMet) }));
  agents.sort((a, b) => byRate(a.passRate, b.passRate) || a.name.localeCompare(b.name));
  return {
    elements: elements.map(({ order: _, ...e }) => e),
    agents,
    cells: [...cells.values()].map((c) => ({ ...c, passRate: rate(c.met, c.notMet) })),
    target: target?.value ?? null,
    readFrom,
  };
}
