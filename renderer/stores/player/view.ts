import { formatClock } from '../../player/format-time';
import { followPosition, panView, wholeView, zoomView, type ViewWindow } from '../../player/waveform/view-window';
import type { GetPlayer, PlayerState, SetPlayer } from './state';

type ViewActions = Pick<PlayerState, 'zoom' | 'scrollView' | 'setGoToOpen'>;

/** The closest zoom: a few seconds on screen, where the backend's 5 ms peaks still give every pixel its own value. */
export const SHORTEST_VIEW_SECONDS = 4;

/** The view of the whole recording, when there is one to view. */
function currentView(get: GetPlayer): { view: ViewWindow; duration: number } | null {
  const { peaks, view } = get();
  if (peaks.state !== 'ready') return null;
  return { view: view ?? wholeView(peaks.duration), duration: peaks.duration };
}

/**
 * Zoom and scroll: what part of the recording the waveform shows (player/view-window.ts). `follow` runs
 * after every move of the playhead: the view keeps it on screen unless the reviewer scrolled elsewhere.
 */
export function createView(set: SetPlayer, get: GetPlayer, announce: (text: string) => void): { actions: ViewActions; follow(): void } {
  return {
    actions: {
      zoom(steps, anchor) {
        const shown = currentView(get);
        if (!shown) {
          announce('There is no waveform to zoom.');
          return;
        }
        const { position } = get();
        const view = zoomView(shown.view, steps, anchor ?? position, shown.duration, SHORTEST_VIEW_SECONDS);
        // Zoomed in on a moment away from the playhead (the pointer's): playing on must not snap back from it.
        set({ view, followsPlayhead: position >= view.from && position <= view.to });
        announce(`Showing ${formatClock(view.from)} to ${formatClock(view.to)}`);
      },

      setGoToOpen(goToOpen) {
        if (goToOpen && !get().audio) {
          announce('There is no recording to go through.');
          return;
        }
        set({ goToOpen });
      },

      scrollView(from) {
        const shown = currentView(get);
        if (shown) set({ view: panView(shown.view, from, shown.duration), followsPlayhead: false });
      },
    },

    follow() {
      const shown = currentView(get);
      if (!shown || !get().followsPlayhead) return;
      const view = followPosition(shown.view, get().position, shown.duration);
      if (view !== shown.view) set({ view });
    },
  };
}
