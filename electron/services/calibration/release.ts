import type { CalibrationDeps } from './deps';
import { loadState } from './load';
import { releaseHeld } from './write';

/**
 * Publishes this install's held answers for a session once it is open (the
 * organiser revealed, or every participant committed). Run in the transaction
 * of every event that can open a session: a commitment or reveal imported, a
 * submission or reveal made here; so answers are never left held in an open
 * session, and a computer that was off at the reveal publishes when it next
 * reads the share.
 */
export function releaseIfOpen(deps: CalibrationDeps, sessionId: string): number {
  if (!deps.documents.held(sessionId).length) return 0;
  return loadState(deps, sessionId)?.opened ? releaseHeld(deps, sessionId) : 0;
}
