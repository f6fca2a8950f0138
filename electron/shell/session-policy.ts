import type { Session } from 'electron';

/**
 * Chromium fetches Hunspell spell-checking dictionaries from Google's CDN
 * (on Linux, and on Windows for languages the OS lacks). Callmark sends
 * nothing anywhere the user did not configure, so the downloader is pointed
 * at a file: URL: its network loader cannot fetch one, so no request leaves
 * the machine. The OS spell checker (macOS, Windows) keeps working.
 */
export const NO_DICTIONARY_DOWNLOADS = 'file:///callmark-never-downloads-dictionaries/';

type PolicySession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerDictionaryDownloadURL'>;

/**
 * The page needs no permission at all (no camera, microphone, notifications,
 * devices, clipboard reads): requests are refused and logged, and checks (which
 * Chromium makes without a request, e.g. navigator.permissions.query or
 * device enumeration) answer no as well, per Electron's security checklist.
 */
export function applySessionPolicy(session: PolicySession, log: (line: string) => void): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    log(`callmark: refused the page's request for the "${permission}" permission`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
}
