/**
 * Reads a call length as people type it: "7" (minutes), "7:30" (m:ss) or
 * "1:02:30" (h:mm:ss). Empty means unknown (null); anything else is an error
 * message, never a guess.
 */
export function parseDuration(text: string): { ok: true; seconds: number | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, seconds: null };
  const invalid = { ok: false as const, message: 'Duration: write minutes (7), m:ss (7:30) or h:mm:ss (1:02:30).' };
  if (/^\d+$/.test(trimmed)) return checkRange(Number(trimmed) * 60);
  const parts = trimmed.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return invalid;
  const numbers = parts.map(Number);
  const [a = 0, b = 0, c = 0] = numbers;
  if (numbers.length === 2) return b >= 60 ? invalid : checkRange(a * 60 + b);
  return b >= 60 || c >= 60 ? invalid : checkRange(a * 3600 + b * 60 + c);
}

function checkRange(seconds: number): { ok: true; seconds: number } | { ok: false; message: string } {
  return seconds > 24 * 3600 ? { ok: false, message: 'Duration: at most 24 hours.' } : { ok: true, seconds };
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
