import type { CalibrationDeps } from './deps';
import { loadState } from './load';
import { releaseHeld } from './write';

/**
 * Publishes this install's held answers for a session once it is open (the
 * organiser revealed, or every participant committed). Run wherever a session
 * can open: a commitment or reveal imported, a submission or reveal made
 * here, and at start for anything a crash or a closed app left held.
 */
export function releaseIfOpen(deps: CalibrationDeps, sessionId: string): number {
  if (!deps.documents.held(sessionId).length) return 0;
  return loadState(deps, sessionId)?.opened ? releaseHeld(deps, sessionId) : 0;
}

export function releaseEveryOpen(deps: CalibrationDeps): number {
  let released = 0;
  for (const sessionId of deps.documents.sessionsWithHeld()) {
    deps.ctx.db.transaction(() => {
      released += releaseIfOpen(deps, sessionId);
    })();
  }
  return released;
}
