import { usePlayer } from '../../stores/player';
import { SHORTEST_VIEW_SECONDS } from '../../stores/player/view';
import { formatClock } from '../format-time';
import { GoToTime } from './GoToTime';
import { isZoomed, viewSeconds, zoomFactor, type ViewWindow } from './view-window';
import './ZoomControls.css';

/** Zoom out and in (also Shift+Z and Z), what is on screen, and "Go to" a time (also : or Alt+G). */
export function ZoomControls({ view, duration }: { view: ViewWindow | null; duration: number | null }) {
  const zoom = usePlayer((s) => s.zoom);
  const goToOpen = usePlayer((s) => s.goToOpen);
  const setGoToOpen = usePlayer((s) => s.setGoToOpen);
  const zoomed = view !== null && duration !== null && isZoomed(view, duration);
  const closest = view === null || viewSeconds(view) <= SHORTEST_VIEW_SECONDS + 0.01;
  return (
    <div className="zoom-controls">
      {view && duration && (
        <div className="zoom-controls__zoom" role="group" aria-label="Zoom">
          <button type="button" className="button zoom-controls__step" aria-label="Zoom out" title="Zoom out (Shift+Z)" disabled={!zoomed} onClick={() => zoom(-1)}>
            −
          </button>
          <span className="zoom-controls__shown">
            {zoomed ? `${Math.round(zoomFactor(view, duration))}× · ${formatClock(view.from)}–${formatClock(view.to)}` : 'Whole call'}
          </span>
          <button type="button" className="button zoom-controls__step" aria-label="Zoom in" title="Zoom in (Z)" disabled={closest} onClick={() => zoom(1)}>
            +
          </button>
        </div>
      )}
      {goToOpen ? (
        <GoToTime duration={duration} onClose={() => setGoToOpen(false)} />
      ) : (
        <button type="button" className="link-button zoom-controls__go-to" title="Go to a time (: or Alt+G)" onClick={() => setGoToOpen(true)}>
          Go to time…
        </button>
      )}
    </div>
  );
}
