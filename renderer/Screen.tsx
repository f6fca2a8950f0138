import { formatHash } from './router/route';
import { useRouter } from './router/router';
import { AgentsScreen } from './screens/agents/AgentsScreen';
import { NewReviewScreen } from './screens/new-review/NewReviewScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { ReviewsScreen } from './screens/reviews/ReviewsScreen';
import { ScoringScreen } from './screens/scoring/ScoringScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { SyncScreen } from './screens/sync/SyncScreen';
import { TeamScreen } from './screens/team/TeamScreen';

/** The screen for the current route; keyed by it so each visit starts fresh. */
export function Screen() {
  const route = useRouter((s) => s.route);
  const key = formatHash(route);
  switch (route.name) {
    case 'reviews':
      return <ReviewsScreen key={key} />;
    case 'review':
      return <ScoringScreen key={key} id={route.id} />;
    case 'new-review':
      return <NewReviewScreen key={key} />;
    case 'agents':
      return <AgentsScreen key={key} />;
    case 'settings':
      return <SettingsScreen key={key} />;
    case 'sync':
      return <SyncScreen key={key} />;
    case 'team':
      return <TeamScreen key={key} />;
    case 'reports':
      return <ReportsScreen key={key} />;
  }
}
