// Calibration sessions (issue 10): document formats, who may open what, and the results, pure and shared.
export * from './common';
export * from './session-document';
export * from './submission-documents';
export * from './organiser-documents';
export * from './views';
export { buildHashedDocument } from './build';
export { participantFor } from './participants';
export { organiserDocuments, type OrganiserDocuments } from './organiser';
export { classifySession, type SessionDocuments, type SessionState, type ShownSubmission } from './session-state';
export { computeResults } from './results';
export { elementAgreement, distributionOf, byWorstAgreement } from './element-results';
export { deviationOf, exactMedian, exactOf, isWithin, difference, WITHIN_POINTS, type Deviation } from './deviation';
export { reviewerDrift, type SessionResults } from './drift';
export { resultsCsv } from './results-csv';
export { RECORDINGS_FOLDER, sharedRecordingName } from './recording-name';
export { factsOf } from './facts';
