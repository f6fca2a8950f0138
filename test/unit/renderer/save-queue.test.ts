import { describe, expect, it } from 'vitest';
import { createSaveQueue, type SaveStatus, type Timers } from '../../../renderer/stores/save-queue';

/** Manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    set(callback, ms) {
      const id = next++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now && pending.has(id)) {
        pending.delete(id);
        timer.callback();
      }
    }
    await settleMicrotasks();
  };
  return { timers, advance };
}

const settleMicrotasks = () => new Promise((resolve) => setImmediate(resolve));

/** A fake backend: records calls in order and lets the test decide when each answers. */
function fakeBackend() {
  const calls: { key: string; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const send = (key: string) => () =>
    new Promise<string>((resolve, reject) => {
      calls.push({ key, resolve, reject });
    });
  return { calls, send };
}

function setup() {
  const clock = manualTimers();
  const backend = fakeBackend();
  const statuses: SaveStatus[] = [];
  const saved: { result: string; idle: boolean }[] = [];
  const queue = createSaveQueue<string>({
    timers: clock.timers,
    savedAt: (r) => r,
    onStatus: (s) => statuses.push(s),
    onSaved: (result, idle) => saved.push({ result, idle }),
    retryDelaysMs: [1000, 5000],
  });
  return { queue, clock, backend, statuses, saved };
}

describe('save queue', () => {
  it('sends one change at a time, in order', async () => {
    const { queue, backend } = setup();
    queue.enqueue({ key: 'answer:a', send: backend.send('a1') });
    queue.enqueue({ key: 'answer:b', send: backend.send('b1') });
    await settleMicrotasks();
    expect(backend.calls.map((c) => c.key)).toEqual(['a1']);
    backend.calls[0]?.resolve('t1');
    await settleMicrotasks();
    expect(backend.calls.map((c) => c.key)).toEqual(['a1', 'b1']);
  });

  it('replaces an unsent change to the same field, but never the one in flight', async () => {
    const { queue, backend } = setup();
    queue.enqueue({ key: 'answer:a', send: backend.send('a1') });
    queue.enqueue({ key: 'answer:a', send: backend.send('a2') });
    queue.enqueue({ key: 'answer:a', send: backend.send('a3') });
    await settleMicrotasks();
    backend.calls[0]?.resolve('t1');
    await settleMicrotasks();
    expect(backend.calls.map((c) => c.key)).toEqual(['a1', 'a3']);
  });

  it('reports saved only when the backend confirmed everything', async () => {
    const { queue, backend, saved } = setup();
    queue.enqueue({ key: 'answer:a', send: backend.send('a') });
    queue.enqueue({ key: 'answer:b', send: backend.send('b') });
    expect(queue.status()).toMatchObject({ state: 'saving', pending: 2 });
    await settleMicrotasks();
    backend.calls[0]?.resolve('t1');
    await settleMicrotasks();
    expect(queue.status()).toMatchObject({ state: 'saving', pending: 1, lastSavedAt: 't1' });
    backend.calls[1]?.resolve('t2');
    await settleMicrotasks();
    expect(queue.status()).toEqual({ state: 'saved', pending: 0, lastSavedAt: 't2', error: null });
    expect(saved).toEqual([
      { result: 't1', idle: false },
      { result: 't2', idle: true },
    ]);
  });

  it('holds debounced changes as pending, restarts the wait on each keystroke, and flushes on demand', async () => {
    const { queue, backend, clock } = setup();
    queue.enqueue({ key: 'comment:a', send: backend.send('c1') }, 400);
    await clock.advance(300);
    queue.enqueue({ key: 'comment:a', send: backend.send('c2') }, 400);
    await clock.advance(300);
    expect(backend.calls).toHaveLength(0);
    expect(queue.status()).toMatchObject({ state: 'saving', pending: 1 });
    await clock.advance(100);
    expect(backend.calls.map((c) => c.key)).toEqual(['c2']);

    queue.enqueue({ key: 'comment:b', send: backend.send('d1') }, 400);
    backend.calls[0]?.resolve('t1');
    await settleMicrotasks();
    expect(queue.status().state).toBe('saving');
    queue.flush();
    await settleMicrotasks();
    expect(backend.calls.map((c) => c.key)).toEqual(['c2', 'd1']);
  });

  it('keeps a failed change, says why, and retries it with back-off before anything after it', async () => {
    const { queue, backend, clock } = setup();
    queue.enqueue({ key: 'answer:a', send: backend.send('a') });
    queue.enqueue({ key: 'answer:b', send: backend.send('b') });
    await settleMicrotasks();
    backend.calls[0]?.reject(new Error('backend unreachable'));
    await settleMicrotasks();
    expect(queue.status()).toMatchObject({ state: 'retrying', error: 'backend unreachable', pending: 2 });

    await clock.advance(999);
    expect(backend.calls).toHaveLength(1);
    await clock.advance(1);
    expect(backend.calls.map((c) => c.key)).toEqual(['a', 'a']);
    backend.calls[1]?.reject(new Error('still down'));
    await settleMicrotasks();
    await clock.advance(4999);
    expect(backend.calls).toHaveLength(2);
    await clock.advance(1);
    backend.calls[2]?.resolve('t1');
    await settleMicrotasks();
    expect(backend.calls.map((c) => c.key)).toEqual(['a', 'a', 'a', 'b']);
    expect(queue.status().error).toBeNull();
  });

  it('settle() answers saved once drained, or failed at the next failure', async () => {
    const { queue, backend } = setup();
    await expect(queue.settle()).resolves.toBe('saved');
    queue.enqueue({ key: 'answer:a', send: backend.send('a') });
    const failed = queue.settle();
    await settleMicrotasks();
    backend.calls[0]?.reject(new Error('down'));
    await expect(failed).resolves.toBe('failed');
  });
});
