import { useEffect, useRef } from 'react';

/**
 * Calls `tick` at once, then again `intervalMs` after each call has settled,
 * while `active` and while the page is visible. One call at a time: a share on
 * a hanging network drive makes the status slow, and requests must not pile up
 * behind it. A hidden page (minimised window, background tab) stops polling;
 * showing it again polls at once, so what is on screen is never stale.
 */
export function usePolling(tick: () => Promise<unknown> | void, intervalMs: number, active = true): void {
  const tickRef = useRef(tick);
  const intervalRef = useRef(intervalMs);
  useEffect(() => {
    tickRef.current = tick;
    intervalRef.current = intervalMs;
  });

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let stopped = false;
    const hidden = () => document.visibilityState === 'hidden';

    const run = async () => {
      timer = undefined;
      if (stopped || running || hidden()) return;
      running = true;
      try {
        await tickRef.current();
      } catch {
        // Each tick reports its own failures on screen; polling carries on, the backend may be back next time.
      } finally {
        running = false;
      }
      if (!stopped && !hidden()) timer = setTimeout(() => void run(), intervalRef.current);
    };

    const onVisibility = () => {
      if (hidden()) {
        clearTimeout(timer);
        timer = undefined;
      } else if (!timer && !running) {
        void run();
      }
    };

    document.addEventListener('visibilitychange', onVisibility);
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [active]);
}
