import type { TrendPoint } from '../../api/reports';
import { monthOf, weekOf } from '../local-day';
import { meanFigure, plus, ZERO, type Totals } from './figures';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function periodLabel(period: string): string {
  const [y, m, d] = period.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `Week of ${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Mean per ISO week (named by its Monday) or calendar month of local days, from per-day totals. */
export function trendOf(days: readonly (Totals & { day: string })[], by: 'week' | 'month'): TrendPoint[] {
  const periods = new Map<string, Totals>();
  for (const d of days) {
    const period = by === 'week' ? weekOf(d.day) : monthOf(d.day);
    periods.set(period, plus(periods.get(period) ?? ZERO, d));
  }
  return [...periods]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, totals]) => ({ period, label: periodLabel(period), ...meanFigure(totals) }));
}
