import type { ApiHandlers } from '../../../shared/api';
import type { reportsApi, ReportSettings } from '../../../shared/api/reports';
import { decodeValues, elementsInOrder } from '../../../shared/reports/element-counts';
import type { ReportFilter } from '../../../shared/reports/filter';
import { addDays, localDayOf, monthOf } from '../../../shared/reports/local-day';
import { heatMapOf, type VersionContent } from '../../../shared/reports/views/heat-map';
import { agentAndTeamMeans, type AgentInfo } from '../../../shared/reports/views/means';
import { compareReviewers } from '../../../shared/reports/views/reviewers';
import { satisfactionOf } from '../../../shared/reports/views/satisfaction';
import { trendOf } from '../../../shared/reports/views/trend';
import { versionChangesOf, type VersionLink } from '../../../shared/reports/views/version-changes';
import { monthsOf, volumeOf } from '../../../shared/reports/views/volume';
import { meanFigure as meanFigureOf, plus, ZERO, type Totals } from '../../../shared/reports/views/figures';
import { answerLabel } from '../../../shared/scoring';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import type { ReportQueries } from './queries';

export interface ReportDeps {
  ctx: ServiceContext;
  repos: Repositories;
  q: ReportQueries;
  timeZone: () => string;
  settings: () => ReportSettings;
  saveSettings: (s: ReportSettings) => void;
  openProposals: () => number;
  /** The element map a template version was published with (templates module's store). */
  linkOf: (versionId: string) => VersionLink | null;
  check: ApiHandlers['reports.check'];
  rebuild: ApiHandlers['reports.rebuild'];
}

type Methods = keyof typeof reportsApi;

/** Each view: the stored facts read by a store function, then turned into figures by a pure rule in shared/reports/views. */
export function reportHandlers(d: ReportDeps): Pick<ApiHandlers, Methods> {
  const { q } = d;
  const agentInfo = (): Map<string, AgentInfo> => new Map(q.options.agents().map((a) => [a.id, a]));
  const names = () => new Map(q.options.agents().map((a) => [a.id, a.name]));
  const today = () => localDayOf(d.ctx.now(), d.timeZone());
  const means = (filter: ReportFilter) => agentAndTeamMeans(q.scores.totalsByAgent(filter), agentInfo());
  const bands = (filter: ReportFilter) => {
    const rows = q.scores.bandCounts(filter);
    const total = rows.reduce((n, r) => n + r.n, 0);
    return rows.map((r) => ({ ...r, share: total ? (r.n / total) * 100 : 0 })).sort((a, b) => b.n - a.n);
  };
  const versionChanges = (filter: ReportFilter, by: 'week' | 'month') => {
    const counted = q.scores.firstDayByVersion(filter).flatMap(({ versionId, firstDay }) => {
      const v = q.version(versionId);
      return v ? [{ versionId, templateId: v.templateId, name: v.name, version: v.version, content: v.content, firstDay }] : [];
    });
    return versionChangesOf(counted, d.linkOf, by);
  };
  const staleDrafts = (days: number) => {
    const now = d.ctx.now();
    const cutoff = new Date(Date.parse(now) - days * 86_400_000).toISOString();
    return q.lists.draftsOpenedBefore(cutoff).map(({ openedAt, ...r }) => ({ ...r, days: Math.floor((Date.parse(now) - Date.parse(openedAt)) / 86_400_000) }));
  };

  return {
    'reports.options': () => {
      const span = q.options.span();
      return {
        teams: q.options.teams(),
        agents: q.options.agents(),
        reviewers: q.options.reviewers(),
        versions: q.options.versions(),
        channels: q.options.channels() as ('phone' | 'face_to_face' | 'email' | 'web_chat')[],
        first: span.first,
        last: span.last,
        today: today(),
        timeZone: d.timeZone(),
        settings: d.settings(),
      };
    },
    'reports.setSettings': (settings) => {
      d.saveSettings(settings);
      return settings;
    },
    'reports.means': ({ filter }) => means(filter),
    'reports.bands': ({ filter }) => bands(filter),
    'reports.trend': ({ filter, by }) => ({ points: trendOf(q.scores.totalsByDay(filter), by), changes: versionChanges(filter, by) }),
    'reports.elements': ({ filter }) => {
      const versions = new Map<string, VersionContent>();
      for (const v of q.options.versions()) {
        const found = q.version(v.id);
        if (found) versions.set(v.id, { version: found.version, content: found.content });
      }
      return heatMapOf(q.elements.elementTotalsByAgent(filter), versions, names(), q.elements.fromFacts(filter) ? 'facts' : 'scorecards');
    },
    'reports.reviewers': ({ filter }) => compareReviewers(q.scores.totalsByReviewerAndAgent(filter)),
    'reports.volume': ({ filter }) => {
      const agents = q.options.agents().filter((a) => (!filter.team || a.team === filter.team) && (!filter.agentId || a.id === filter.agentId));
      return volumeOf(q.scores.countsByAgentAndMonth(filter), agents, monthsOf(filter.from, filter.to), d.settings().monthlyTarget);
    },
    'reports.staleDrafts': ({ olderThanDays }) => staleDrafts(olderThanDays),
    'reports.scorecards': ({ filter, cell, limit }) => {
      const { items, total } = q.lists.scorecardsIn(filter, cell, limit);
      return {
        total,
        items: items.map(({ versionId, answerValues, ...row }) => {
          let answer: string | null = null;
          const version = cell.elementId ? q.version(versionId) : null;
          if (version && cell.elementId) {
            const elements = elementsInOrder(version.content);
            const i = elements.findIndex((e) => e.id === cell.elementId);
            const value = i >= 0 ? decodeValues(answerValues)[i] : null;
            answer = i < 0 ? 'Not in this version' : value === null || value === undefined ? 'Unanswered' : answerLabel(elements[i]!, value);
          }
          return { ...row, answer };
        }),
      };
    },
    'reports.satisfaction': ({ filter }) => {
      const qaByAgent = new Map(q.scores.totalsByAgent(filter).map((t) => [t.agentId, t] as const));
      const qaByMonth = new Map<string, Totals>();
      for (const t of q.scores.totalsByDay(filter)) qaByMonth.set(monthOf(t.day), plus(qaByMonth.get(monthOf(t.day)) ?? ZERO, t));
      return satisfactionOf(q.satisfaction.pairs(filter), qaByAgent, qaByMonth, names(), q.surveys.counts());
    },
    'reports.summary': () => {
      const to = today();
      const from = addDays(to, -29);
      const filter: ReportFilter = { from, to, source: 'all' };
      const m = means(filter);
      const teamMean = new Map(m.teams.map((t) => [t.team, t.mean] as const));
      const totals = q.scores.totalsByAgent(filter).reduce<Totals>((t, a) => plus(t, a), ZERO);
      const { draftDays } = d.settings();
      return {
        from,
        to,
        overall: meanFigureOf(totals),
        bands: bands(filter),
        staleDrafts: staleDrafts(draftDays).length,
        draftDays,
        proposals: d.openProposals(),
        // Agents whose mean is really lower than their team's: "different", and below the team mean.
        belowTarget: m.agents.filter((a) => a.verdict === 'different' && (a.mean ?? 0) < (teamMean.get(a.team || 'No team') ?? 0)).slice(0, 5),
      };
    },
    'reports.check': (input) => d.check(input),
    'reports.rebuild': (input) => d.rebuild(input),
  };
}
