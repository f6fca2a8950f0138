import type Database from 'better-sqlite3';
import { commitUnflushed } from '../../db/unflushed';
import { DEFAULT_BACKOFF, retryDelay, type BackoffPolicy } from '../../../../shared/sync/backoff';
import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../delivery';
import type { DocumentsStore, FrozenDocument } from '../store/documents';
import type { OutboxEntry, OutboxStore } from '../store/outbox';
import type { StoredTarget, TargetsStore } from '../store/targets';
import { newLane, type Lane } from './lane';
import { deliverTogether, type Prepared } from './together';

export interface DrainerDeps {
  db: Database.Database;
  outbox: OutboxStore;
  documents: DocumentsStore;
  targets: TargetsStore;
  /** ISO time from the service clock: stored times and due times use the same one. */
  now(): string;
  deliveryTargetFor(target: StoredTarget): DeliveryTarget;
  /** The frozen document as it is sent: signed first if it was frozen before the key was there (./seal.ts). */
  seal(item: FrozenDocument): Promise<OutgoingItem>;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export interface DrainProgress {
  draining: boolean;
  progress: { done: number; total: number } | null;
  blockedUntil: string | null;
  /** Delivered in the current batch, not yet marked sent in the outbox: still counted as pending there. */
  unrecordedSent: number;
}

/** Items delivered between two outbox commits (see record()). */
export const RECORD_BATCH = 32;

/** Node timers overflow past 2^31-1 ms (about 24.8 days) and fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Drains the outbox in the background: one item at a time per target (or a
 * round of items at once, to a target that takes batches: ./together.ts),
 * targets independently. Wakes on enqueue, on a timer for the next scheduled retry and
 * on "retry now"; at start every pending row is picked up again, so a restart
 * loses nothing. `close()` aborts deliveries in flight and waits for them.
 */
export function createDrainer(deps: DrainerDeps) {
  const lanes = new Map<string, Lane>();
  const controller = new AbortController();
  const policy = deps.backoff ?? DEFAULT_BACKOFF;
  const random = deps.random ?? Math.random;
  let closed = false;
  let scheduledWakes = 0;
  let idleWaiters: (() => void)[] = [];

  const lane = (targetId: string) => {
    let l = lanes.get(targetId);
    if (!l) lanes.set(targetId, (l = newLane()));
    return l;
  };
  const nowMs = () => Date.parse(deps.now());

  const isIdle = () => scheduledWakes === 0 && [...lanes.values()].every((l) => l.running === null);
  const settleIdle = () => {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  function start(targetId: string): void {
    if (closed) return;
    const l = lane(targetId);
    // Held while its settings change: the release starts it again.
    if (l.held) return;
    if (l.running) {
      l.rerun = true;
      return;
    }
    if (l.timer) clearTimeout(l.timer);
    l.timer = null;
    l.running = drain(targetId, l)
      .catch((error: unknown) => console.error(`callmark: sync to target ${targetId} stopped on an unexpected error`, error))
      .finally(() => {
        l.running = null;
        if (l.rerun && !closed) {
          l.rerun = false;
          start(targetId);
        }
        settleIdle();
      });
  }

  function schedule(targetId: string, l: Lane, atMs: number): void {
    if (closed) return;
    if (l.timer) clearTimeout(l.timer);
    const delay = Math.min(Math.max(0, atMs - nowMs()), MAX_TIMER_MS);
    l.timer = setTimeout(() => {
      l.timer = null;
      start(targetId);
    }, delay);
    // A waiting retry must not keep a test run or the browser host's process alive.
    l.timer.unref();
  }

  async function drain(targetId: string, l: Lane): Promise<void> {
    const target = deps.targets.get(targetId);
    if (!target || !target.enabled || l.held) {
      l.session = null;
      return;
    }
    // Built again whenever the target's settings change (a new URL, timeout or folder), so an item never
    // goes to an address the user has just replaced, even in the middle of a long drain.
    let deliveryKey = settingsKey(target);
    let delivery = deps.deliveryTargetFor(target);
    const signal = AbortSignal.any([controller.signal, l.abort.signal]);
    /** The target as it is now (built again if its settings changed), or null once disabled, removed or held: stop. */
    const current = (): DeliveryTarget | null => {
      const latest = closed || l.held || signal.aborted ? null : deps.targets.get(targetId);
      if (!latest?.enabled) return null;
      const key = settingsKey(latest);
      if (key !== deliveryKey) {
        deliveryKey = key;
        delivery = deps.deliveryTargetFor(latest);
      }
      return delivery;
    };
    while (!closed) {
      l.rerun = false;
      const now = nowMs();
      if (l.blockedUntil > now) return schedule(targetId, l, l.blockedUntil);
      const rows = deps.outbox.dueBatch(targetId, new Date(now).toISOString(), RECORD_BATCH);
      if (!rows.length) {
        l.session = null;
        const next = deps.outbox.earliestPending(targetId);
        if (next) schedule(targetId, l, Date.parse(next));
        return;
      }
      l.session ??= { done: 0 };
      // A target that takes batches is looked at once per round, here, as one that does not is before each item below.
      const live = delivery.deliverBatch ? current() : delivery;
      if (!live) {
        l.session = null;
        return;
      }
      if (live.deliverBatch && !l.alone) {
        const still = () => current() === live;
        const round = await deliverTogether({ deliverBatch: (items, s) => live.deliverBatch!(items, s, still) }, rows, prepare, signal);
        l.alone = round.outcomes.some(([, o]) => o.kind === 'retry');
        const delivered = round.outcomes.filter(([, o]) => o.kind === 'delivered').length;
        l.session.done += delivered;
        l.unrecorded += delivered;
        record(targetId, l, round.outcomes);
        if (round.stop) {
          l.session = null;
          return;
        }
        continue;
      }
      const outcomes: [OutboxEntry, DeliveryOutcome][] = [];
      let stop = false;
      for (const row of rows) {
        // Disabled, removed or held while draining: stop after the item in flight.
        const target = current();
        if (!target) {
          stop = true;
          break;
        }
        const outcome = await deliverSafely(target, row, signal);
        // A delivery cut short by close() or by a change of the target's settings is not a failure of the
        // target: the row stays as it was.
        if (signal.aborted && outcome.kind !== 'delivered') {
          stop = true;
          break;
        }
        outcomes.push([row, outcome]);
        if (outcome.kind === 'delivered') {
          // Counted at once, so progress moves with each file; the row follows at the batch's commit.
          l.session.done += 1;
          l.unrecorded += 1;
        }
        // After a 'retry' the target waits: the rest of the batch is not tried.
        if (outcome.kind === 'retry') break;
      }
      record(targetId, l, outcomes);
      if (outcomes.length && !outcomes.some(([, o]) => o.kind === 'retry')) l.alone = false;
      if (stop) {
        l.session = null;
        return;
      }
    }
  }

  /** A row's document as it is sent (sealed), or why it cannot be sent now. */
  async function prepare(row: OutboxEntry): Promise<Prepared> {
    const frozen = deps.documents.get(row);
    if (!frozen) return { row, outcome: { kind: 'failed', message: 'The frozen document of this revision is missing from the outbox; it cannot be sent.' } };
    try {
      return { row, item: await deps.seal(frozen) };
    } catch (error) {
      return { row, outcome: { kind: 'retry', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  async function deliverSafely(delivery: DeliveryTarget, row: OutboxEntry, signal: AbortSignal): Promise<DeliveryOutcome> {
    const prepared = await prepare(row);
    if ('outcome' in prepared) return prepared.outcome;
    try {
      return await delivery.deliver(prepared.item, signal);
    } catch (error) {
      return { kind: 'retry', message: `Sending stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /**
   * Records a batch of outcomes in one transaction, not flushed to the disk
   * (../../db/unflushed.ts): a flush costs as much as the file write itself,
   * and losing the last few "sent" marks to a power cut only means those items
   * are delivered again, which every target treats as already delivered (an
   * identical file; the same idempotency key).
   */
  function record(targetId: string, l: Lane, outcomes: readonly [OutboxEntry, DeliveryOutcome][]): void {
    if (!outcomes.length) return;
    const at = deps.now();
    commitUnflushed(deps.db, () => {
      for (const [row, outcome] of outcomes) {
        switch (outcome.kind) {
          case 'delivered':
            deps.outbox.markSent(row.id, at);
            deps.targets.recordSuccess(targetId, at);
            break;
          case 'retry': {
            const failures = Math.max(l.failures + 1, row.attempts + 1);
            const nextAtMs = Date.parse(at) + retryDelay(failures, outcome.afterMs, random, policy);
            deps.outbox.markRetry(row.id, outcome.message, new Date(nextAtMs).toISOString(), at);
            deps.targets.recordProblem(targetId, outcome.message, at);
            l.blockedUntil = nextAtMs;
            break;
          }
          case 'failed':
            deps.outbox.markFailed(row.id, outcome.message, at);
            deps.targets.recordProblem(targetId, outcome.message, at);
            break;
        }
      }
    });
    for (const [, outcome] of outcomes) {
      if (outcome.kind === 'retry') l.failures += 1;
      else l.failures = 0;
    }
    l.unrecorded = 0;
  }

  return {
    /** Looks for due items of one target, or of every target with pending items. */
    wake(targetId?: string): void {
      if (targetId) return start(targetId);
      for (const id of deps.outbox.targetsWithPending()) start(id);
    },
    /** Wakes after the current synchronous work: used from inside a transaction, so the drain reads committed rows. */
    wakeSoon(targetIds: readonly string[]): void {
      if (closed) return;
      scheduledWakes += 1;
      setImmediate(() => {
        scheduledWakes -= 1;
        for (const id of targetIds) start(id);
        settleIdle();
      });
    },
    /** "Retry now": the target stops waiting out its back-off. */
    unblock(targetId: string): void {
      const l = lane(targetId);
      l.blockedUntil = 0;
      l.failures = 0;
      start(targetId);
    },
    /**
     * Stops a target's deliveries while its settings (URL, folder, token)
     * change: the delivery in flight is aborted (and not counted as an
     * attempt), and the promise resolves once it has stopped. Nothing is
     * delivered to the target until the returned release is called, which
     * starts it again with its new settings.
     */
    async hold(targetId: string): Promise<() => void> {
      const l = lane(targetId);
      l.held += 1;
      l.abort.abort();
      if (l.timer) clearTimeout(l.timer);
      l.timer = null;
      while (l.running) await l.running;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        l.held -= 1;
        if (l.held) return;
        l.abort = new AbortController();
        start(targetId);
      };
    },
    /** `pending` as the outbox table counts it. */
    progress(targetId: string, pending: number): DrainProgress {
      const l = lanes.get(targetId);
      const blocked = l && l.blockedUntil > nowMs() ? new Date(l.blockedUntil).toISOString() : null;
      const unrecordedSent = l?.unrecorded ?? 0;
      if (!l?.session) return { draining: Boolean(l?.running), progress: null, blockedUntil: blocked, unrecordedSent };
      const left = Math.max(0, pending - unrecordedSent);
      return { draining: Boolean(l.running), progress: { done: l.session.done, total: l.session.done + left }, blockedUntil: blocked, unrecordedSent };
    },
    /** Resolves once nothing is being delivered and nothing due is waiting to start: tests await this instead of sleeping. */
    whenIdle(): Promise<void> {
      if (isIdle()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    forget(targetId: string): void {
      const l = lanes.get(targetId);
      if (l?.timer) clearTimeout(l.timer);
      if (l && !l.running) lanes.delete(targetId);
    },
    async close(): Promise<void> {
      closed = true;
      controller.abort();
      for (const l of lanes.values()) if (l.timer) clearTimeout(l.timer);
      await Promise.all([...lanes.values()].map((l) => l.running));
      settleIdle();
    },
  };
}
export type Drainer = ReturnType<typeof createDrainer>;

/** What a delivery target is built from: when this changes, the target is built again. */
const settingsKey = (target: StoredTarget): string => JSON.stringify([target.config, target.shareId]);
