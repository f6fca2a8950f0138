// Contract of the scoring engine (SCORING.md). Implemented in score.ts.
export { scoreScorecard, findMissing, type AnswerInput } from './score';
export { formatPercent } from './format';
