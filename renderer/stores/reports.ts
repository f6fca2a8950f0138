import { create } from 'zustand';
import type {
  AgentMean,
  BandCount,
  ElementHeatMap,
  ReportCell,
  ReportOptions,
  ReportScorecard,
  ReportSettings,
  ReviewerComparison,
  Satisfaction,
  StaleDraft,
  TeamMean,
  Trend,
  VolumeReport,
} from '../../shared/api/reports';
import type { ReportFilterInput } from '../../shared/reports/filter';
import { api } from '../api/client';
import { errorMessage } from '../api/errors';
import { defaultRange } from '../model/reports/views';

export interface ReportViews {
  means: { teams: TeamMean[]; agents: AgentMean[] };
  bands: BandCount[];
  trend: Trend;
  elements: ElementHeatMap;
  reviewers: ReviewerComparison[];
  volume: VolumeReport;
  satisfaction: Satisfaction;
  drafts: StaleDraft[];
}

export interface Drill {
  title: string;
  cell: ReportCell;
  items: ReportScorecard[];
  total: number;
  loading: boolean;
}

interface ReportsState {
  options: ReportOptions | null;
  filter: ReportFilterInput | null;
  trendBy: 'week' | 'month';
  views: ReportViews | null;
  loading: boolean;
  error: string | null;
  drill: Drill | null;
  load(): Promise<void>;
  setFilter(changes: Partial<ReportFilterInput>): Promise<void>;
  setTrendBy(by: 'week' | 'month'): Promise<void>;
  setSettings(settings: ReportSettings): Promise<void>;
  openCell(title: string, cell: ReportCell): Promise<void>;
  closeCell(): void;
}

/** Only the latest request may write: a slow answer to an older filter never replaces a newer one. */
let request = 0;

/** The Reports screen: its filter, every view's figures for it, and the scorecards behind a chosen cell. */
export const useReports = create<ReportsState>((set, get) => {
  async function refresh(): Promise<void> {
    const { filter, trendBy, options } = get();
    if (!filter || !options) return;
    const mine = ++request;
    set({ loading: true, error: null });
    try {
      const input = { filter };
      const [means, bands, trend, elements, reviewers, volume, satisfaction, drafts] = await Promise.all([
        api['reports.means'](input),
        api['reports.bands'](input),
        api['reports.trend']({ filter, by: trendBy }),
        api['reports.elements'](input),
        api['reports.reviewers'](input),
        api['reports.volume'](input),
        api['reports.satisfaction'](input),
        api['reports.staleDrafts']({ olderThanDays: options.settings.draftDays }),
      ]);
      if (mine === request) set({ views: { means, bands, trend, elements, reviewers, volume, satisfaction, drafts }, loading: false });
    } catch (error) {
      if (mine === request) set({ error: errorMessage(error), loading: false });
    }
  }

  return {
    options: null,
    filter: null,
    trendBy: 'month',
    views: null,
    loading: false,
    error: null,
    drill: null,
    async load() {
      try {
        const options = await api['reports.options']({});
        const filter = get().filter ?? { ...defaultRange(options.today), source: 'all' };
        set({ options, filter });
        await refresh();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async setFilter(changes) {
      const current = get().filter;
      if (!current) return;
      const next = Object.fromEntries(Object.entries({ ...current, ...changes }).filter(([, v]) => v !== '' && v !== undefined)) as ReportFilterInput;
      set({ filter: next, drill: null });
      await refresh();
    },
    async setTrendBy(by) {
      set({ trendBy: by });
      await refresh();
    },
    async setSettings(settings) {
      const saved = await api['reports.setSettings'](settings);
      const options = get().options;
      if (options) set({ options: { ...options, settings: saved } });
      await refresh();
    },
    async openCell(title, cell) {
      const filter = get().filter;
      if (!filter) return;
      set({ drill: { title, cell, items: [], total: 0, loading: true } });
      try {
        const { items, total } = await api['reports.scorecards']({ filter, cell, limit: 100 });
        if (get().drill?.cell === cell) set({ drill: { title, cell, items, total, loading: false } });
      } catch (error) {
        set({ drill: null, error: errorMessage(error) });
      }
    },
    closeCell() {
      set({ drill: null });
    },
  };
});
