import { useShortcuts } from '../keyboard/use-shortcuts';
import { navigate } from '../router/router';
import { useUi } from '../stores/ui';

/** The app-wide commands of the keymap ("global" scope). */
export function GlobalShortcuts() {
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);
  useShortcuts('global', {
    'app.shortcuts': () => setShortcutsOpen(true),
    'app.goReviews': () => navigate({ name: 'reviews' }),
    'app.goNewReview': () => navigate({ name: 'new-review' }),
    'app.goAgents': () => navigate({ name: 'agents' }),
    'app.goTeam': () => navigate({ name: 'team' }),
    'app.goSync': () => navigate({ name: 'sync' }),
    'app.goTemplates': () => navigate({ name: 'templates' }),
  });
  return null;
}
