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
