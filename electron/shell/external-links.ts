import type { BrowserWindow } from 'electron';
import { isWebUrl } from '../security/app-url';

export interface LinkOpenerDeps {
  confirm(win: BrowserWindow | null, url: string): Promise<boolean>;
  open(url: string): Promise<void>;
  log(line: string): void;
}

export type LinkOutcome = 'opened' | 'declined' | 'refused';

/**
 * What happens to a link the page tries to follow out of the app (a new
 * window, or a navigation away): shell.openExternal hands a URL to whatever
 * the operating system registered for its scheme, so anything but http(s) is
 * refused (file:, smb: and custom schemes have run programs before), and an
 * http(s) link opens in the user's browser only after they agreed, seeing the
 * whole address.
 */
export function createLinkOpener(deps: LinkOpenerDeps) {
  return async (url: string, win: BrowserWindow | null): Promise<LinkOutcome> => {
    if (!isWebUrl(url)) {
      deps.log(`callmark: refused to open ${url} outside the app: only http(s) links are offered to the browser`);
      return 'refused';
    }
    if (!(await deps.confirm(win, url))) return 'declined';
    await deps.open(url);
    return 'opened';
  };
}
