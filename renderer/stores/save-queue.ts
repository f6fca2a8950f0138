/**
 * The ordered outbox for one scorecard. Every change goes through it, one call
 * in flight at a time, so a later answer can never be overwritten by an earlier
 * one arriving late. Comments wait in a short debounce first; a waiting or
 * queued change for the same field is replaced by the newer one (only the last
 * value matters). A failed call stays at the head and is retried with back-off:
 * nothing is dropped and nothing is reported saved until the backend said so.
 */
export interface SaveStatus {
  state: 'saved' | 'saving' | 'retrying';
  /** Changes waiting, queued or in flight. */
  pending: number;
  /** When the backend last confirmed a change (its own clock), if ever in this session. */
  lastSavedAt: string | null;
  /** Why the last attempt failed, while retrying. */
  error: string | null;
}

export interface QueuedChange<R> {
  /** Changes with the same key replace each other while not yet sent. */
  key: string;
  send: () => Promise<R>;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SaveQueueOptions<R> {
  onStatus: (status: SaveStatus) => void;
  /** Called with each confirmed result; `idle` is true when nothing else is pending. */
  onSaved: (result: R, idle: boolean) => void;
  savedAt: (result: R) => string;
  retryDelaysMs?: readonly number[];
  timers?: Timers;
  describeError?: (error: unknown) => string;
}

export interface SaveQueue<R> {
  /** Queue a change now, or after `delayMs` of quiet (typing). */
  enqueue(change: QueuedChange<R>, delayMs?: number): void;
  /** Send every debounced change now (leaving the screen, blur, completing). */
  flush(): void;
  /** Resolves 'saved' once everything is confirmed, or 'failed' at the next failure. */
  settle(): Promise<'saved' | 'failed'>;
  status(): SaveStatus;
}

const defaultTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createSaveQueue<R>(options: SaveQueueOptions<R>): SaveQueue<R> {
  const delays = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000];
  const timers = options.timers ?? defaultTimers;
  const describe = options.describeError ?? ((e: unknown) => (e instanceof Error ? e.message : String(e)));

  const waiting = new Map<string, { change: QueuedChange<R>; timer: unknown }>();
  const queue: QueuedChange<R>[] = [];
  let inFlight = false;
  let retryTimer: unknown = null;
  let failures = 0;
  let lastSavedAt: string | null = null;
  let error: string | null = null;
  let settleWaiters: ((outcome: 'saved' | 'failed') => void)[] = [];

  const pending = () => waiting.size + queue.length;

  function status(): SaveStatus {
    const count = pending();
    const state = error !== null ? 'retrying' : count > 0 ? 'saving' : 'saved';
    return { state, pending: count, lastSavedAt, error };
  }

  function report() {
    options.onStatus(status());
  }

  function resolveWaiters(outcome: 'saved' | 'failed') {
    const waiters = settleWaiters;
    settleWaiters = [];
    for (const resolve of waiters) resolve(outcome);
  }

  function push(change: QueuedChange<R>) {
    // The head may be in flight; anything after it is unsent and can be replaced.
    const from = inFlight || retryTimer !== null ? 1 : 0;
    const index = queue.findIndex((c, i) => i >= from && c.key === change.key);
    if (index >= 0) queue[index] = change;
    else queue.push(change);
  }

  async function pump() {
    if (inFlight || retryTimer !== null) return;
    const head = queue[0];
    if (!head) return;
    inFlight = true;
    try {
      const result = await head.send();
      inFlight = false;
      queue.shift();
      failures = 0;
      error = null;
      lastSavedAt = options.savedAt(result);
      const idle = pending() === 0;
      options.onSaved(result, idle);
      report();
      if (idle) resolveWaiters('saved');
      void pump();
    } catch (e) {
      inFlight = false;
      error = describe(e);
      const delay = delays[Math.min(failures, delays.length - 1)] ?? 1000;
      failures += 1;
      retryTimer = timers.set(() => {
        retryTimer = null;
        void pump();
      }, delay);
      report();
      resolveWaiters('failed');
    }
  }

  return {
    enqueue(change, delayMs = 0) {
      const previous = waiting.get(change.key);
      if (previous) {
        timers.clear(previous.timer);
        waiting.delete(change.key);
      }
      if (delayMs > 0) {
        const timer = timers.set(() => {
          waiting.delete(change.key);
          push(change);
          void pump();
        }, delayMs);
        waiting.set(change.key, { change, timer });
      } else {
        push(change);
        void pump();
      }
      report();
    },
    flush() {
      if (waiting.size === 0) return;
      for (const [key, entry] of waiting) {
        timers.clear(entry.timer);
        waiting.delete(key);
        push(entry.change);
      }
      report();
      void pump();
    },
    settle() {
      if (pending() === 0 && !inFlight) return Promise.resolve('saved');
      if (error !== null) return Promise.resolve('failed');
      return new Promise((resolve) => settleWaiters.push(resolve));
    },
    status,
  };
}
