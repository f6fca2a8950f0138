/**
 * Where our page lives. It is served from a custom scheme, never file:// or
 * http://, so no other page can share its origin.
 *
 * Never compare `new URL(url).origin` with these: the WHATWG URL parser gives
 * every non-special scheme an opaque origin, the string "null", so such a test
 * either refuses our own page or (compared with "null") accepts any custom
 * scheme. Compare the protocol and host instead, as `isAppPageUrl` does.
 */
export const APP_SCHEME = 'callmark-app';
export const APP_HOST = 'app';
export const MEDIA_SCHEME = 'callmark-media';
/** The page's address: what Electron reports as the top frame's URL once it is loaded. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for any address of our page (any path, query or fragment); false for everything else, including unparsable text. */
export function isAppPageUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** An http(s) address the user may be offered to open in their browser; anything else (file:, smb:, javascript:…) never is. */
export function isWebUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && (u.protocol === 'https:' || u.protocol === 'http:') && u.host !== '';
}
