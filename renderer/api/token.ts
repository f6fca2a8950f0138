/**
 * The browser host prints its URL with `#token=…`. The token must survive a
 * reload (so it is kept for this tab in sessionStorage) but should not stay in
 * the address bar, where it would end up in screenshots and copied links.
 *
 * A host that restarted has a new token. Its URL pasted into the same tab only
 * changes the hash, so the page (and every answer it still holds) stays, and
 * the new token is taken from the `hashchange`.
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

/** The token calls are made with, and a way to wait for the next one. */
export interface TokenSource {
  current(): string | null;
  /** Resolves with the first token that differs from `stale` (at once if there already is one). */
  changed(stale: string | null): Promise<string>;
}

/**
 * The token of this tab, renewed when a new `#token=` arrives in the address
 * bar. The route the user was on is kept: a pasted URL holding only a token
 * would otherwise send them to the home screen. Listen before the router does,
 * so it never sees the token.
 */
export function createTokenSource(target: Pick<Window, 'location' | 'history' | 'sessionStorage' | 'addEventListener'>): TokenSource {
  const { location, history, sessionStorage: storage } = target;
  let token = captureToken(location, history, storage);
  const waiting: ((fresh: string) => void)[] = [];
  target.addEventListener('hashchange', (event) => {
    const { token: fresh, hash } = splitTokenFromHash(location.hash);
    if (!fresh) return;
    const before = splitTokenFromHash(new URL(event.oldURL).hash).hash;
    storage.setItem(STORAGE_KEY, fresh);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash || before}`);
    token = fresh;
    for (const resume of waiting.splice(0)) resume(fresh);
  });
  return {
    current: () => token,
    changed(stale) {
      if (token !== null && token !== stale) return Promise.resolve(token);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
