/** "70.0 %" style display of an already rounded percentage; "—" when there is none. */
export function formatPercent(rounded: number | null | undefined): string {
  return rounded === null || rounded === undefined ? '—' : `${rounded.toFixed(1)} %`;
}
