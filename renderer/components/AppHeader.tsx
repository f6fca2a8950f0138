import { formatHash, type Route } from '../router/route';
import { useRouter } from '../router/router';
import { useSession } from '../stores/session';
import { useUi } from '../stores/ui';
import './AppHeader.css';

const sections: { label: string; route: Route; matches: Route['name'][] }[] = [
  { label: 'Reviews', route: { name: 'reviews' }, matches: ['reviews', 'review'] },
  { label: 'Agents', route: { name: 'agents' }, matches: ['agents'] },
  { label: 'New review', route: { name: 'new-review' }, matches: ['new-review'] },
  { label: 'Team', route: { name: 'team' }, matches: ['team', 'team-scorecard'] },
  { label: 'Reports', route: { name: 'reports' }, matches: ['reports'] },
  { label: 'Templates', route: { name: 'templates' }, matches: ['templates', 'template'] },
  { label: 'Calibration', route: { name: 'calibration', at: { page: 'list' } }, matches: ['calibration'] },
  { label: 'Sync', route: { name: 'sync' }, matches: ['sync'] },
];

export function AppHeader() {
  const route = useRouter((s) => s.route);
  const reviewer = useSession((s) => s.info?.reviewer);
  const openShortcuts = useUi((s) => s.setShortcutsOpen);

  return (
    <header className="app-header">
      <a className="app-header__name" href={formatHash({ name: 'reviews' })}>
        Callmark
      </a>
      <nav aria-label="Main" className="app-header__nav">
        {sections.map((section) => (
          <a
            key={section.label}
            href={formatHash(section.route)}
            className="app-header__link"
            aria-current={section.matches.includes(route.name) ? 'page' : undefined}
          >
            {section.label}
          </a>
        ))}
      </nav>
      <div className="app-header__end">
        {reviewer && (
          <a href={formatHash({ name: 'settings' })} className="app-header__reviewer" title={`${reviewer.name}: change your name`}>
            <span className="u-visually-hidden">Reviewer: </span>
            <bdi>{reviewer.name}</bdi>
          </a>
        )}
        <button type="button" className="app-header__shortcuts" onClick={() => openShortcuts(true)}>
          <kbd>?</kbd> <span className="app-header__shortcuts-word">Shortcuts</span>
        </button>
      </div>
    </header>
  );
}
