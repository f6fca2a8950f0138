/**
 * Runs at most `width` of the tasks handed to it at once; the rest wait their
 * turn in the order they came. An import keeps many entries in flight (so a
 * checking thread has work queued while the main thread stores), but opens
 * only a few files at a time; an export writes a few files at a time, so
 * their flushes overlap.
 */
export function limited(width: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finishing task hands its place straight to the next waiting one, so a newcomer can never slip in between.
    if (running < width) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
