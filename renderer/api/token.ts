/**
 * The browser host prints its URL with `#token=…`. The token must survive a
 * reload (so it is kept for this tab in sessionStorage) but should not stay in
 * the address bar, where it would end up in screenshots and copied links.
 */
const STORAGE_KEY = 'callmark.token';

export interface TokenCapture {
  token: string | null;
  /** The hash with the token removed, so any route in it is kept. */
  hash: string;
}

/** Pure: splits `#token=abc&/reviews` or `#token=abc` into the token and what remains. */
export function splitTokenFromHash(hash: string): TokenCapture {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = body.split('&');
  let token: string | null = null;
  const rest: string[] = [];
  for (const part of parts) {
    if (part.startsWith('token=')) token = decodeURIComponent(part.slice('token='.length)) || null;
    else if (part) rest.push(part);
  }
  return { token, hash: rest.length ? `#${rest.join('&')}` : '' };
}

/** Reads the token from the URL (first visit) or from this tab's storage (reload), and cleans the URL. */
export function captureToken(location: Location, history: History, storage: Storage): string | null {
  const { token, hash } = splitTokenFromHash(location.hash);
  if (token) {
    storage.setItem(STORAGE_KEY, token);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    return token;
  }
  return storage.getItem(STORAGE_KEY);
}
