/** Where in the calibration screens: the sessions, a new one, one session, its results or their printable page, and reviewer drift. */
export type CalibrationPage =
  | { page: 'list' }
  | { page: 'new' }
  | { page: 'drift' }
  | { page: 'session'; id: string }
  | { page: 'results'; id: string }
  | { page: 'print'; id: string };

export function parseCalibrationPath(parts: readonly string[]): CalibrationPage {
  const [first, second] = parts;
  if (!first) return { page: 'list' };
  if (first === 'new' || first === 'drift') return { page: first };
  const id = decodeURIComponent(first);
  return second === 'results' || second === 'print' ? { page: second, id } : { page: 'session', id };
}

export function formatCalibrationPath(at: CalibrationPage): string {
  switch (at.page) {
    case 'list':
      return '#/calibration';
    case 'new':
    case 'drift':
      return `#/calibration/${at.page}`;
    case 'session':
      return `#/calibration/${encodeURIComponent(at.id)}`;
    case 'results':
    case 'print':
      return `#/calibration/${encodeURIComponent(at.id)}/${at.page}`;
  }
}
