import { afterEach } from 'vitest';

interface Closable {
  close(): Promise<unknown>;
}

/**
 * Returns `track`: whatever a test passes to it is closed after that test,
 * passed or failed, so no database or engine stays open into the next one.
 * `track` hands back what it was given, typed as given, so one registry can
 * hold services and servers alike. `ignoreCloseErrors` is for files whose
 * tests close things themselves: a second close may throw, and that is not
 * what they test.
 */
export function closeAfterEach<Bound extends Closable = Closable>({ ignoreCloseErrors = false } = {}): <T extends Bound>(opened: T) => T {
  const opened: Bound[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0)) {
      if (ignoreCloseErrors) await item.close().catch(() => undefined);
      else await item.close();
    }
  });
  return (item) => {
    opened.push(item);
    return item;
  };
}
