import { appVersion } from '../../config/app-version';
import type { CalibrationOrigin } from '../../../shared/calibration';
import type { DocumentRef } from '../../../shared/sync/kinds';
import type { CalibrationDeps } from './deps';

/** Who writes this install's calibration documents. */
export const originOf = (deps: Pick<CalibrationDeps, 'installId'>): CalibrationOrigin => ({ application: 'Callmark', appVersion, installId: deps.installId() });

export interface OwnDocument {
  ref: DocumentRef;
  sessionId: string;
  body: string;
  contentHash: string;
}

/**
 * Keeps a document this install wrote and, unless it is held, completes it:
 * the completion hooks freeze its bytes and queue it for every target, in the
 * caller's transaction. A held submission is completed later, by `release`.
 */
export function writeOwn(deps: CalibrationDeps, doc: OwnDocument, options: { held?: boolean } = {}): void {
  const held = options.held ?? false;
  deps.documents.insert({ ...doc.ref, writer: deps.installId(), sessionId: doc.sessionId, body: doc.body, contentHash: doc.contentHash, own: true, held, receivedAt: deps.ctx.now() });
  if (!held) deps.ctx.hooks.completed.run(doc.ref);
}

/** Sends this install's held submissions of a session: once it has opened. Each is sent once, however often this runs. */
export function releaseHeld(deps: CalibrationDeps, sessionId: string): number {
  let released = 0;
  for (const ref of deps.documents.held(sessionId)) {
    if (!deps.documents.release(ref)) continue;
    deps.ctx.hooks.completed.run(ref);
    released++;
  }
  return released;
}
