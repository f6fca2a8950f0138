/** The speeds offered: quarter steps from half to double, the range reviewers use to skim or to catch a mumble. */
const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export const MIN_SPEED = SPEEDS[0];
export const MAX_SPEED = SPEEDS[SPEEDS.length - 1] ?? 2;

/** The next step slower (-1) or faster (+1) than `current`, which may lie between steps; stays within 0.5×–2×. */
export function stepSpeed(current: number, direction: -1 | 1): number {
  if (direction > 0) return SPEEDS.find((s) => s > current + 1e-9) ?? MAX_SPEED;
  return [...SPEEDS].reverse().find((s) => s < current - 1e-9) ?? MIN_SPEED;
}

export function formatSpeed(speed: number): string {
  return `${Number(speed.toFixed(2))}×`;
}
