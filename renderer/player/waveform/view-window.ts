/**
 * The stretch of the recording the waveform shows (issue 13 item 4: a
 * one-hour call is 12 s a pixel when drawn whole). Zooming keeps the time
 * under the pointer (or the playhead) where it is on screen; every view stays
 * inside the recording and no shorter than the detail the backend keeps.
 */
export interface ViewWindow {
  from: number;
  to: number;
}

/** Each zoom step halves (or doubles) the seconds on screen. */
export const ZOOM_STEP = 2;

export const wholeView = (duration: number): ViewWindow => ({ from: 0, to: duration });

export const viewSeconds = (view: ViewWindow) => view.to - view.from;

/** How many times closer than the whole recording, e.g. 8 for an eighth of it on screen. */
export const zoomFactor = (view: ViewWindow, duration: number) => (viewSeconds(view) > 0 ? duration / viewSeconds(view) : 1);

export const isZoomed = (view: ViewWindow, duration: number) => zoomFactor(view, duration) > 1.0001;

/** Moves `view` to start at `from`, its length kept, inside [0, duration]. */
export function panView(view: ViewWindow, from: number, duration: number): ViewWindow {
  const length = Math.min(viewSeconds(view), duration);
  const start = Math.max(0, Math.min(duration - length, from));
  return { from: start, to: start + length };
}

/**
 * `steps` zoom steps in (positive) or out (negative), keeping `anchor` (a time) at the same place on screen.
 * Never closer than `shortest` seconds on screen, never wider than the recording.
 */
export function zoomView(view: ViewWindow, steps: number, anchor: number, duration: number, shortest: number): ViewWindow {
  const length = Math.min(duration, Math.max(Math.min(shortest, duration), viewSeconds(view) / ZOOM_STEP ** steps));
  const at = Math.max(view.from, Math.min(view.to, anchor));
  const share = viewSeconds(view) > 0 ? (at - view.from) / viewSeconds(view) : 0;
  return panView({ from: 0, to: length }, at - share * length, duration);
}

/**
 * The view once the playhead is at `position`: unchanged while it is on screen; else the page that holds it,
 * with the playhead a tenth of the way in, so playing on shows what comes next.
 */
export function followPosition(view: ViewWindow, position: number, duration: number): ViewWindow {
  if (position >= view.from && position <= view.to) return view;
  return panView(view, position - viewSeconds(view) / 10, duration);
}

/** The time at a fraction (0..1) across the view, and back. */
export const timeAt = (view: ViewWindow, fraction: number) => view.from + Math.max(0, Math.min(1, fraction)) * viewSeconds(view);
export const fractionOf = (view: ViewWindow, seconds: number) => (viewSeconds(view) > 0 ? (seconds - view.from) / viewSeconds(view) : 0);
