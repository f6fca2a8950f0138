import { afterEach } from 'vitest';

interface Closable {
  close(): Promise<unknown>;
}

/**
 * Returns `track`: whatever a test passes to it is closed after that test,
 * passed or failed, so no database or engine stays open into the next one.
 * `ignoreCloseErrors` is for files whose tests close things themselves: a
 * second close may throw, and that is not what they test.
 */
export function closeAfterEach<T extends Closable>({ ignoreCloseErrors = false } = {}): (opened: T) => T {
  const opened: T[] = [];
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
