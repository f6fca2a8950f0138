import { z } from 'zod';

/**
 * Where the desktop window was when it last closed (window-state.json in the
 * data folder), and where it opens next time. A file a user edited, an older
 * version wrote or a crash cut short is simply not used: the window then
 * opens at its default size.
 */
const Pixels = z.number().int().min(-100_000).max(100_000);
export const WindowState = z
  .object({
    x: Pixels,
    y: Pixels,
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** x and y are left out when the window should be centred (Electron's default). */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };
/** The narrowest layout every screen supports. */
export const MIN_WINDOW_SIZE = { width: 720, height: 560 };
/** How much of the window's top edge must land on a display for the user to grab it there. */
const TITLE_BAR = 40;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** A size that fits the work area and is at least the minimum (unless the screen itself is smaller). */
const fitSize = (width: number, height: number, area: Rect) => ({
  width: clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
  height: clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
});

/**
 * Pure: the saved bounds, kept on the display that shows most of their title
 * bar and pulled fully inside its work area; when no display shows any of it
 * (a monitor unplugged since, a resolution lowered), the saved size on the
 * primary display (`workAreas[0]`), centred.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (!saved) return { ...fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary), maximized: false };
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(TITLE_BAR, saved.height) };
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shown = overlap(titleBar, area);
    if (shown > bestOverlap) [best, bestOverlap] = [area, shown];
  }
  if (!best) return { ...fitSize(saved.width, saved.height, primary), maximized: saved.maximized };
  const size = fitSize(saved.width, saved.height, best);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - size.width),
    y: clamp(saved.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: saved.maximized,
  };
}
