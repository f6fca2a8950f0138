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
  | { name: 'reports' };

const homeRoute: Route = { name: 'reviews' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const [first, second] = path.split('/');
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
    case 'team':
      return { name: 'team' };
    case 'reports':
      return { name: 'reports' };
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
    case 'reports':
      return '#/reports';
  }
}
