import type { VersionChange } from '../../api/reports';
import type { TemplateContent } from '../../schemas/template';
import type { ElementMap } from '../../templates/element-map';
import { describeTrendBreak, versionTrends } from '../../templates/version-trends';
import { monthOf, weekOf } from '../local-day';
import { periodLabel } from './trend';

/** A template version among the counted scorecards, with the first local day it was used on. */
export interface CountedVersion {
  versionId: string;
  templateId: string;
  name: string;
  version: number;
  content: TemplateContent;
  firstDay: string;
}

/** The map a version was published with, from the version it continues. */
export interface VersionLink {
  previousVersionId: string;
  elementMap: ElementMap;
}

/**
 * Where a template changes version inside a trend, and whether the mean score
 * line may be read across the change (issue 9: "where it cannot, the report
 * says so at the change"). The verdict is the overall one of versionTrends,
 * decided with the map stored at publication; a change with no map on this
 * install is a break, since nothing says the two scores measure the same.
 */
export function versionChangesOf(versions: readonly CountedVersion[], linkOf: (versionId: string) => VersionLink | null, by: 'week' | 'month'): VersionChange[] {
  const changes: VersionChange[] = [];
  for (const after of versions) {
    const before = versions
      .filter((v) => v.templateId === after.templateId && v.version < after.version)
      .reduce<CountedVersion | null>((best, v) => (best === null || v.version > best.version ? v : best), null);
    if (!before) continue;
    const period = by === 'week' ? weekOf(after.firstDay) : monthOf(after.firstDay);
    const at = `"${after.name}" version ${after.version}, first used ${after.firstDay}`;
    const link = linkOf(after.versionId);
    const overall = link?.previousVersionId === before.versionId ? versionTrends(before.content, after.content, link.elementMap).overall : null;
    const sentence = !overall
      ? `${at}. The trend of the overall score breaks here because this install has no element map from version ${before.version} to version ${after.version}.`
      : overall.continues
        ? `${at}. The trend of the overall score continues across the change${overall.notes.length ? ` (${overall.notes.join('; ')})` : ''}.`
        : `${at}. ${describeTrendBreak('the overall score', overall)}`;
    changes.push({ period, label: periodLabel(period), template: after.name, version: after.version, continues: overall?.continues ?? false, sentence });
  }
  return changes.sort((a, b) => a.period.localeCompare(b.period) || a.template.localeCompare(b.template));
}
