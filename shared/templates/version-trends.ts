import type { TemplateDefinition } from './definition';
import { sourcesOf, targetsOf, type ElementMap } from './element-map';
import { trendContinuity, type TrendContinuity } from './trend-continuity';

/** A verdict as plain data: `reasons` is empty when the line continues. */
export interface Continuity {
  continues: boolean;
  reasons: string[];
  notes: string[];
}

export interface VersionTrends {
  overall: Continuity;
  /** Each section of the newer version, and each section the older had that is gone. */
  sections: (Continuity & { sectionId: string; title: string })[];
  /** Each element of the newer version, with the older elements it continues (`from`). */
  elements: (Continuity & { elementId: string; label: string; from: string[] })[];
}

const plain = (verdict: TrendContinuity): Continuity => ({ continues: verdict.continues, reasons: verdict.continues ? [] : verdict.reasons, notes: verdict.notes });

/**
 * Every trend a report draws across one version change, decided once with the
 * map stored at publication: the overall score, each section, each element of
 * the newer version. Reports print `reasons` at the change.
 */
export function versionTrends(before: TemplateDefinition, after: TemplateDefinition, map: ElementMap): VersionTrends {
  const sectionIds = [...new Set([...after.sections.map((s) => s.id), ...before.sections.map((s) => s.id)])];
  const titleOf = (id: string) => (after.sections.find((s) => s.id === id) ?? before.sections.find((s) => s.id === id))!.title;
  return {
    overall: plain(trendContinuity(before, after, map, { kind: 'overall' })),
    sections: sectionIds.map((sectionId) => ({ sectionId, title: titleOf(sectionId), ...plain(trendContinuity(before, after, map, { kind: 'section', sectionId })) })),
    elements: after.sections.flatMap((s) =>
      s.elements.map((element) => ({
        elementId: element.id,
        label: element.label,
        from: sourcesOf(map.entries.find((e) => targetsOf(e).includes(element.id)) ?? { kind: 'new', to: element.id }),
        ...plain(trendContinuity(before, after, map, { kind: 'element', elementId: element.id, version: 'after' })),
      })),
    ),
  };
}

/** What a report prints at a version change for a line that cannot continue: `The trend of "Greets" breaks here because …`. */
export function describeTrendBreak(subject: string, continuity: Continuity): string | null {
  if (continuity.continues) return null;
  return `The trend of ${subject} breaks here because ${continuity.reasons.join('; and ')}.`;
}
