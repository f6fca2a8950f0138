/** Colours of the drawing, read from the player's CSS custom properties. */
export interface LaneColours {
  wave: string;
  played: string;
  muted: string;
  playhead: string;
  divider: string;
}

export interface LaneDrawing {
  /** Per lane, one value (0..1) per pixel column. */
  lanes: readonly (readonly number[])[];
  /** Lanes that are not heard are drawn greyed. */
  heard: readonly boolean[];
  /** The playhead's column, or null when it is outside the view. */
  playheadX: number | null;
  /** The scale that makes the loudest moment of the recording fill its lane. */
  gain: number;
}

/**
 * Draws the lanes on a canvas sized in CSS pixels `width` × `height`: mirrored
 * bars per column, played part in the progress colour, and the playhead. A few
 * thousand rectangles at most: well under a millisecond, so redrawing on every
 * position update and every zoom step never blocks the page.
 */
export function drawLanes(canvas: HTMLCanvasElement, width: number, height: number, drawing: LaneDrawing, colours: LaneColours): void {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const count = Math.max(1, drawing.lanes.length);
  const laneHeight = height / count;
  drawing.lanes.forEach((values, lane) => {
    const middle = laneHeight * lane + laneHeight / 2;
    const heard = drawing.heard[lane] ?? true;
    for (let x = 0; x < values.length; x++) {
      const half = Math.max(0.5, Math.min(1, (values[x] ?? 0) * drawing.gain) * (laneHeight / 2 - 2));
      ctx.fillStyle = !heard ? colours.muted : drawing.playheadX !== null && x < drawing.playheadX ? colours.played : colours.wave;
      ctx.fillRect(x, middle - half, 1, half * 2);
    }
    if (lane > 0) {
      ctx.fillStyle = colours.divider;
      ctx.fillRect(0, laneHeight * lane, width, 1);
    }
  });
  if (drawing.playheadX !== null) {
    ctx.fillStyle = colours.playhead;
    ctx.fillRect(Math.max(0, Math.min(width - 2, drawing.playheadX - 1)), 0, 2, height);
  }
}

/**
 * The drawing colours from the element's custom properties, with the defaults the stylesheet sets. Reading computed
 * style forces the browser to recompute styles first, so callers read them once (useLaneColours), not every frame.
 */
export function laneColours(element: Element): LaneColours {
  const styles = getComputedStyle(element);
  const read = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
  return {
    wave: read('--wave', '#9aa3b0'),
    played: read('--wave-progress', '#1f5fbf'),
    muted: read('--wave-muted', '#d5d9e0'),
    playhead: read('--wave-cursor', '#174a96'),
    divider: read('--border', '#d5d9e0'),
  };
}

/** The colours for `canvas`, read the first time they are needed and kept: a redraw must not recompute styles. */
export function coloursOnce(cache: { current: LaneColours | null }, canvas: HTMLCanvasElement): LaneColours {
  cache.current ??= laneColours(canvas);
  return cache.current;
}
