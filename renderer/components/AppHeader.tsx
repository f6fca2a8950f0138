import { formatHash, type Route } from '../router/route';
import { useRouter } from '../router/router';
import { useSession } from '../stores/session';
import { useUi } from '../stores/ui';

const sections: { label: string; route: Route; matches: Route['name'][] }[] = [
  { label: 'Reviews', route: { name: 'reviews' }, matches: ['reviews', 'review'] },
  { label: 'Agents', route: { name: 'agents' }, matches: ['agents'] },
  { label: 'New review', route: { name: 'new-review' }, matches: ['new-review'] },
  { label: 'Team', route: { name: 'team' }, matches: ['team'] },
  { label: 'Sync', route: { name: 'sync' }, matches: ['sync'] },
];

export function AppHeader() {
  const route = useRouter((s) => s.route);
  const reviewer = useSession((s) => s.info?.reviewer);
  const openShortcuts = useUi((s) => s.setShortcutsOpen);

  return (
    <header className="app-header">
      <a className="app-name" href={formatHash({ name: 'reviews' })}>
        Callmark
      </a>
      <nav aria-label="Main" className="app-nav">
        {sections.map((section) => (
          <a
            key={section.label}
            href={formatHash(section.route)}
            className="app-nav-link"
            aria-current={section.matches.includes(route.name) ? 'page' : undefined}
          >
            {section.label}
          </a>
        ))}
      </nav>
      <div className="app-header-end">
        {reviewer && (
          <a href={formatHash({ name: 'settings' })} className="reviewer-name" title="Change your name">
            <span className="visually-hidden">Reviewer: </span>
            {reviewer.name}
          </a>
        )}
        <button type="button" className="shortcut-hint" onClick={() => openShortcuts(true)}>
          <kbd>?</kbd> Shortcuts
        </button>
      </div>
    </header>
  );
}
