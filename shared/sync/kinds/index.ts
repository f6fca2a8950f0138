// Every kind of document that travels through sync, and how to look them up (see docs/architecture.md).
import type { AnyDocumentKind } from './kind';
import { CALIBRATION_KINDS } from './calibration';
import { coachingSessionKind } from './coaching';
import { scorecardKind } from './scorecard';
import { templateKind } from './template';

export * from './kind';
export { createKindRegistry, serverKey, type KindRegistry } from './registry';
export { scorecardKind } from './scorecard';
export { calibrationCommitmentKind, calibrationOutcomesKind, calibrationRevealKind, calibrationSessionKind, calibrationSubmissionKind, CALIBRATION_KINDS } from './calibration';

/** What this version of Callmark syncs. A new kind is added here, with its backend part in electron/services/sync/kinds/. */
export const DOCUMENT_KINDS: readonly AnyDocumentKind[] = [scorecardKind, templateKind, ...CALIBRATION_KINDS, coachingSessionKind];
