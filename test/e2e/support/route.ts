import type { Page } from '@playwright/test';

/** Shows a screen by its address: the token and the route share the hash. */
export async function route(page: Page, hostUrl: string, hash: string): Promise<void> {
  // Already in the app: a new hash is a same-page navigation, which the token in it would not survive.
  if (page.url().startsWith(new URL(hostUrl).origin)) await page.evaluate((h) => (window.location.hash = h), hash);
  else await page.goto(`${hostUrl}&${hash.slice(1)}`);
}
