import { useEffect, useState } from 'react';
import { shownSeconds } from '../../shared/media/clock';
import { usePlayer } from '../stores/player';
import { formatClock } from './format-time';
import './LiveClock.css';

/**
 * A live review's clock: the call is on the headset, not in a file, so the
 * clock gives notes their time. The backend stores only when a run started,
 * so the shown time survives a reload or a crash without ticking writes.
 */
export function LiveClock({ readOnly }: { readOnly: boolean }) {
  const clock = usePlayer((s) => s.clock);
  const toggleClock = usePlayer((s) => s.toggleClock);
  const [now, setNow] = useState(() => Date.now());
  const running = clock?.running ?? false;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);

  if (!clock) return null;
  const elapsed = shownSeconds(clock, now);
  const started = clock.elapsedSeconds > 0 || running;
  const action = running ? 'Pause' : started ? 'Resume' : 'Start';
  return (
    <div className="live-clock">
      <p className="live-clock__time">
        <span className="u-visually-hidden">Live clock: </span>
        <span className="live-clock__value" data-seconds={Math.floor(elapsed)}>
          {formatClock(elapsed)}
        </span>{' '}
        <span className="live-clock__state">{running ? 'running' : started ? 'paused' : 'not started'}</span>
      </p>
      {!readOnly && (
        <button type="button" className="button" onClick={() => void toggleClock()} title={`${action} the clock (Space)`}>
          {action} clock
        </button>
      )}
    </div>
  );
}
