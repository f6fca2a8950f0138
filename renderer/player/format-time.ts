/**
 * A playback or clock time as people read it off a player: "1:23", "1:02:03".
 * Whole seconds, rounded down, so the display never runs ahead of the sound.
 */
export function formatClock(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '--:--';
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "1:23 of 10:00", for a screen reader's reading of the position slider. */
export function positionText(position: number, duration: number | null): string {
  return duration === null || !Number.isFinite(duration) ? formatClock(position) : `${formatClock(position)} of ${formatClock(duration)}`;
}

/**
 * What a reviewer types to go to a moment: "12:30", "1:02:03", "90" (seconds) or "12:30.5". Null when it is not a
 * time, so the field can say so; the caller checks it against the recording's length.
 */
export function parseClock(text: string): number | null {
  const match = /^\s*(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const [, a, b, last] = match;
  const seconds = Number((last ?? '').replace(',', '.'));
  // "m:ss" or "h:mm:ss": after a colon, seconds and minutes stay under 60.
  if ((a !== undefined || b !== undefined) && seconds >= 60) return null;
  if (a !== undefined && b !== undefined) return Number(b) >= 60 ? null : Number(a) * 3600 + Number(b) * 60 + seconds;
  return (a !== undefined ? Number(a) * 60 : 0) + seconds;
}
