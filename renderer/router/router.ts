import { create } from 'zustand';
import { formatHash, parseHash, type Route } from './route';

interface RouterState {
  route: Route;
}

/** The current screen, kept in step with location.hash so Back/Forward and reload work. */
export const useRouter = create<RouterState>(() => ({ route: parseHash(window.location.hash) }));

export function navigate(route: Route): void {
  const hash = formatHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
  useRouter.setState({ route });
}

export function startRouter(): () => void {
  const sync = () => useRouter.setState({ route: parseHash(window.location.hash) });
  window.addEventListener('hashchange', sync);
  sync();
  return () => window.removeEventListener('hashchange', sync);
}
