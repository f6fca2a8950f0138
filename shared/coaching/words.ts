const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A local day in words, the same on every install and in every message: "3 Nov 2026". */
export function dayWords(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "3 Nov 2026 to 2 Dec 2026", or one day. */
export const periodWords = (p: { from: string; to: string }) => (p.from === p.to ? dayWords(p.from) : `${dayWords(p.from)} to ${dayWords(p.to)}`);

/** A time in a recording, "1:23" or "1:02:03". */
export function clockWords(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const mm = Math.floor((whole % 3600) / 60);
  const ss = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
