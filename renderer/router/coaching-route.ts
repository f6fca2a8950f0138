/** Where in the coaching screens: the home, one agent's profile, one session, or its printable coaching pack. */
export type CoachingPage = { page: 'home' } | { page: 'profile'; agentId: string } | { page: 'session'; id: string } | { page: 'pack'; id: string };

export function parseCoachingPath(parts: readonly string[]): CoachingPage {
  const [first, second, third] = parts;
  if (first === 'agent' && second) return { page: 'profile', agentId: decodeURIComponent(second) };
  if (first === 'session' && second) return third === 'pack' ? { page: 'pack', id: decodeURIComponent(second) } : { page: 'session', id: decodeURIComponent(second) };
  return { page: 'home' };
}

export function formatCoachingPath(at: CoachingPage): string {
  switch (at.page) {
    case 'home':
      return '#/coaching';
    case 'profile':
      return `#/coaching/agent/${encodeURIComponent(at.agentId)}`;
    case 'session':
      return `#/coaching/session/${encodeURIComponent(at.id)}`;
    case 'pack':
      return `#/coaching/session/${encodeURIComponent(at.id)}/pack`;
  }
}
