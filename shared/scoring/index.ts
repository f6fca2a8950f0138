// The scoring engine of SCORING.md: pure and exact, shared by the backend and the renderer.
export { scoreScorecard } from './score';
export { findMissing } from './missing';
export { answerLabel, answerMisfit, answerProblem, answerTakes, answerValues, commentRequired, whyCommentRequired, type AnswerInput, type Misfit } from './answer';
export { bandFor } from './bands';
export { usesSectionWeights } from './overall';
export { Fraction } from './fraction';
export { toPercentage } from './percentage';
export { formatPercent } from './format';
