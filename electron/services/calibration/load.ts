import { ApiError } from '../../../shared/api';
import { classifySession, type SessionDocuments, type SessionState } from '../../../shared/calibration';
import {
  calibrationCommitmentKind,
  calibrationOutcomesKind,
  calibrationRevealKind,
  calibrationSessionKind,
  calibrationSubmissionKind,
} from '../../../shared/sync/kinds';
import type { CalibrationDeps } from './deps';

type Deps = Pick<CalibrationDeps, 'documents' | 'parsed' | 'ctx'>;

/**
 * A session's published documents as this install knows them, parsed (once:
 * ./parsed-documents.ts). This install's own held answers are never among
 * them: results are made of published answers only, exactly what every other
 * install can see.
 */
export function sessionDocuments(deps: Deps, sessionId: string): SessionDocuments {
  const docs: SessionDocuments = { sessions: [], commitments: [], submissions: [], reveals: [], outcomes: [] };
  const lists: Record<string, unknown[]> = {
    [calibrationSessionKind.kind]: docs.sessions as unknown[],
    [calibrationCommitmentKind.kind]: docs.commitments as unknown[],
    [calibrationSubmissionKind.kind]: docs.submissions as unknown[],
    [calibrationRevealKind.kind]: docs.reveals as unknown[],
    [calibrationOutcomesKind.kind]: docs.outcomes as unknown[],
  };
  for (const key of deps.documents.keysBySession(sessionId)) {
    if (key.held) continue;
    const doc = deps.parsed.get(key, () => deps.documents.body(key));
    if (doc !== null) lists[key.kind]?.push(doc);
  }
  return docs;
}

/** Where a session stands on this install, or null when it knows no session document of that id. */
export function loadState(deps: Deps, sessionId: string): SessionState | null {
  return classifySession(sessionDocuments(deps, sessionId), deps.ctx.now());
}

export function requireState(deps: Deps, sessionId: string): SessionState {
  const state = loadState(deps, sessionId);
  if (!state) throw new ApiError('not_found', 'That calibration session is not on this install: read the share again, or ask the organiser whether it was published.');
  return state;
}
