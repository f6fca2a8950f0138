import { ApiError } from '../../../shared/api';
import { classifySession, type SessionDocuments, type SessionState } from '../../../shared/calibration';
import {
  calibrationCommitmentKind,
  calibrationOutcomesKind,
  calibrationRevealKind,
  calibrationSessionKind,
  calibrationSubmissionKind,
  type DocumentKind,
} from '../../../shared/sync/kinds';
import type { CalibrationDocumentRow } from './store/documents';
import type { CalibrationDeps } from './deps';

/**
 * A session's documents as this install knows them, parsed. Every one was
 * verified when it arrived (or built here): parsing again only gives it its
 * type, and one that no longer parses (written by a newer Callmark and read
 * by an older one after a downgrade) is left out rather than failing the screen.
 */
export function sessionDocuments(rows: readonly CalibrationDocumentRow[], options: { withHeld: boolean }): SessionDocuments {
  const of = <T>(kind: DocumentKind<T, unknown>): T[] =>
    rows.flatMap((r) => {
      if (r.kind !== kind.kind || (r.held && !options.withHeld)) return [];
      const parsed = kind.schema.safeParse(JSON.parse(r.body));
      return parsed.success ? [parsed.data] : [];
    });
  return {
    sessions: of(calibrationSessionKind),
    commitments: of(calibrationCommitmentKind),
    submissions: of(calibrationSubmissionKind),
    reveals: of(calibrationRevealKind),
    outcomes: of(calibrationOutcomesKind),
  };
}

/**
 * Where a session stands on this install. This install's own held answers
 * are never part of it: results are made of published answers only, exactly
 * what every other install can see.
 */
export function loadState(deps: Pick<CalibrationDeps, 'documents' | 'ctx'>, sessionId: string): SessionState | null {
  return classifySession(sessionDocuments(deps.documents.bySession(sessionId), { withHeld: false }), deps.ctx.now());
}

export function requireState(deps: Pick<CalibrationDeps, 'documents' | 'ctx'>, sessionId: string): SessionState {
  const state = loadState(deps, sessionId);
  if (!state) throw new ApiError('not_found', 'That calibration session is not on this install: read the share again, or ask the organiser whether it was published.');
  return state;
}
