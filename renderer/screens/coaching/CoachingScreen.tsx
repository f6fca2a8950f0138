import type { CoachingPage } from '../../router/coaching-route';
import { HomePage } from './home/HomePage';
import { PackPage } from './pack/PackPage';
import { ProfilePage } from './profile/ProfilePage';
import { SessionPage } from './session/SessionPage';

/** The coach's workspace: the home, an agent's profile, a one-to-one session, and its coaching pack for paper. */
export function CoachingScreen({ at }: { at: CoachingPage }) {
  switch (at.page) {
    case 'home':
      return <HomePage />;
    case 'profile':
      return <ProfilePage agentId={at.agentId} />;
    case 'session':
      return <SessionPage id={at.id} />;
    case 'pack':
      return <PackPage id={at.id} />;
  }
}
