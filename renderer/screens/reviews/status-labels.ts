import type { ScorecardStatus } from '../../../shared/schemas/scorecard';

export const statusLabels: Record<ScorecardStatus, string> = {
  draft: 'Draft',
  completed: 'Completed',
};
