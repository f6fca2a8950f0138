import { usePlayer } from '../stores/player';
import { formatSpeed, MAX_SPEED, MIN_SPEED } from './speeds';
import './SpeedControl.css';

/** Slower and faster in quarter steps, 0.5× to 2×; the browser keeps the pitch (preservesPitch). */
export function SpeedControl() {
  const speed = usePlayer((s) => s.speed);
  const stepSpeed = usePlayer((s) => s.stepSpeed);
  const setSpeed = usePlayer((s) => s.setSpeed);
  return (
    <div className="speed-control" role="group" aria-label="Speed">
      <button type="button" className="button speed-control__step" aria-label="Slower" title="Slower (< or -)" onClick={() => stepSpeed(-1)} disabled={speed <= MIN_SPEED}>
        −
      </button>
      <button type="button" className="speed-control__value" title="Back to normal speed" aria-label={`Speed ${formatSpeed(speed)}: reset to 1×`} onClick={() => setSpeed(1)}>
        {formatSpeed(speed)}
      </button>
      <button type="button" className="button speed-control__step" aria-label="Faster" title="Faster (> or =)" onClick={() => stepSpeed(1)} disabled={speed >= MAX_SPEED}>
        +
      </button>
    </div>
  );
}
