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
import { TemplateScreen } from './screens/templates/TemplateScreen';
import { TemplatesScreen } from './screens/templates/TemplatesScreen';
import { TeamScorecardScreen } from './screens/team/TeamScorecardScreen';
import { CalibrationScreen } from './screens/calibration/CalibrationScreen';
import { CoachingScreen } from './screens/coaching/CoachingScreen';

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
    case 'templates':
      return <TemplatesScreen key={key} />;
    case 'template':
      return <TemplateScreen key={key} id={route.id} />;
    case 'team-scorecard':
      return <TeamScorecardScreen key={key} id={route.id} revision={route.revision} />;
    case 'calibration':
      return <CalibrationScreen key={key} at={route.at} />;
    case 'reports':
      return <ReportsScreen key={key} />;
    case 'coaching':
      return <CoachingScreen key={key} at={route.at} />;
  }
}
