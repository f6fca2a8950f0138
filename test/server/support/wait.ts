/**
 * Polls for a state that another process or connection brings about (a lock
 * waited on, a killed client's backends gone), yielding between checks;
 * bounded, so a state that never comes fails the test instead of hanging it.
 */
export async function waitUntil(what: string, check: () => Promise<boolean>, attempts = 5_000): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`never happened: ${what}`);
}
