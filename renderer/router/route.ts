import { formatCalibrationPath, parseCalibrationPath, type CalibrationPage } from './calibration-route';
import { formatCoachingPath, parseCoachingPath, type CoachingPage } from './coaching-route';

/**
 * Hash routes: the browser host serves index.html only at "/", and Electron
 * loads one file, so every screen lives behind the hash.
 */
export type Route =
  | { name: 'reviews' }
  | { name: 'review'; id: string }
  | { name: 'new-review' }
  | { name: 'agents' }
  | { name: 'settings' }
  | { name: 'sync' }
  | { name: 'team' }
  | { name: 'templates' }
  | { name: 'template'; id: string }
  | { name: 'team-scorecard'; id: string; revision: number | null }
  | { name: 'calibration'; at: CalibrationPage }
  | { name: 'reports' }
  | { name: 'coaching'; at: CoachingPage };

const homeRoute: Route = { name: 'reviews' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const [first, second, third] = path.split('/');
  switch (first) {
    case 'review':
      return second ? { name: 'review', id: decodeURIComponent(second) } : homeRoute;
    case 'new':
      return { name: 'new-review' };
    case 'agents':
      return { name: 'agents' };
    case 'settings':
      return { name: 'settings' };
    case 'sync':
      return { name: 'sync' };
    case 'templates':
      return second ? { name: 'template', id: decodeURIComponent(second) } : { name: 'templates' };
    case 'team':
      return second ? { name: 'team-scorecard', id: decodeURIComponent(second), revision: /^r[1-9]\d*$/.test(third ?? '') ? Number(third!.slice(1)) : null } : { name: 'team' };
    case 'calibration':
      return { name: 'calibration', at: parseCalibrationPath(path.split('/').slice(1)) };
    case 'reports':
      return { name: 'reports' };
    case 'coaching':
      return { name: 'coaching', at: parseCoachingPath(path.split('/').slice(1)) };
    default:
      return homeRoute;
  }
}

export function formatHash(route: Route): string {
  switch (route.name) {
    case 'reviews':
      return '#/reviews';
    case 'review':
      return `#/review/${encodeURIComponent(route.id)}`;
    case 'new-review':
      return '#/new';
    case 'agents':
      return '#/agents';
    case 'settings':
      return '#/settings';
    case 'sync':
      return '#/sync';
    case 'team':
      return '#/team';
    case 'templates':
      return '#/templates';
    case 'template':
      return `#/templates/${encodeURIComponent(route.id)}`;
    case 'team-scorecard':
      return `#/team/${encodeURIComponent(route.id)}${route.revision ? `/r${route.revision}` : ''}`;
    case 'calibration':
      return formatCalibrationPath(route.at);
    case 'reports':
      return '#/reports';
    case 'coaching':
      return formatCoachingPath(route.at);
  }
}
