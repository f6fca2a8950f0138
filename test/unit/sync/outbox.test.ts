import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome, DeliveryTarget } from '../../../electron/services/sync/delivery';
import type { SyncOptions } from '../../../electron/services/sync';
import { closeAfterEach } from '../../support/close-after-each';
import { openOutboxService, type OutboxService } from './support/outbox-service';
import { fakeTarget, gate } from './support/fake-target';

// Some tests close a service themselves to reopen its data folder.
const track = closeAfterEach<OutboxService>({ ignoreCloseErrors: true });
const open = (options: SyncOptions, dataFolder?: string) => track(openOutboxService({ random: () => 0, ...options }, dataFolder));

describe('the outbox', () => {
  it('queues a completed scorecard for every target in the transaction that completes it; a disabled one keeps it until enabled', async () => {
    const held = gate();
    const fake = fakeTarget(async () => (await held.promise, { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    const a = await s.addServer('A');
    const b = await s.addServer('B');
    const off = await s.addServer('Off');
    await s.call('sync.targets.update', { targetId: off.id, enabled: false });

    const [id] = await s.complete();
    expect(s.rows(a.id)).toMatchObject([{ scorecard_id: id, revision: 1, state: 'pending' }]);
    expect(s.rows(b.id)).toMatchObject([{ scorecard_id: id, state: 'pending' }]);
    // Paused, not forgotten: a scorecard completed while a target is off is sent when it is on again.
    expect(s.rows(off.id)).toMatchObject([{ scorecard_id: id, revision: 1, state: 'pending', attempts: 0 }]);
    held.open();
    await s.idle();
    expect(s.rows(a.id)).toMatchObject([{ state: 'sent', attempts: 1 }]);
    expect(s.rows(off.id)).toMatchObject([{ state: 'pending', attempts: 0 }]);
    expect(fake.delivered.map((i) => i.documentId)).toEqual([id, id]);
    expect((await s.call('sync.status', { targetId: off.id })).targets[0]).toMatchObject({ enabled: false, counts: { pending: 1, sent: 0 } });

    await s.call('sync.targets.update', { targetId: off.id, enabled: true });
    await s.idle();
    expect(s.rows(off.id)).toMatchObject([{ state: 'sent', attempts: 1 }]);
    expect(fake.delivered.map((i) => i.documentId)).toEqual([id, id, id]);
  });

  it('rolls the queueing back with the completion: a scorecard is completed and queued together or not at all', async () => {
    const fake = fakeTarget();
    const s = open({ deliveryTargetFor: () => fake.target });
    const t = await s.addServer();
    // A later hook of the same transaction fails: the completion must not happen, and nothing may stay queued.
    s.ctx.hooks.completed.on('react', () => {
      throw new Error('disk full');
    });
    await expect(s.complete()).rejects.toThrow(/disk full/);
    expect(s.rows(t.id)).toEqual([]);
    expect(s.db.prepare(`SELECT COUNT(*) AS n FROM scorecards WHERE status = 'completed'`).get()).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM export_documents').get()).toEqual({ n: 0 });
  });

  it('never queues the same revision twice for a target', async () => {
    const fake = fakeTarget();
    const s = open({ deliveryTargetFor: () => fake.target });
    const t = await s.addServer();
    const [id] = await s.complete();
    await s.idle();
    expect(() => s.db.prepare(`INSERT INTO outbox (target_id, kind, document_id, revision, state, next_attempt_at, created_at) VALUES (?, 'scorecard', ?, 1, 'pending', '', '')`).run(t.id, id)).toThrow(/UNIQUE/);
    // Queueing earlier scorecards for the same target adds nothing either.
    await s.call('sync.targets.update', { targetId: t.id, name: 'Renamed' });
    expect(s.rows(t.id)).toHaveLength(1);
    expect(fake.calls).toHaveLength(1);
  });

  it('sends one item at a time per target, targets side by side', async () => {
    const held = gate();
    const fake = fakeTarget(async () => (await held.promise, { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    await s.addServer('A');
    await s.addServer('B');
    await s.complete(3);
    held.open();
    await s.idle();
    expect(fake.delivered).toHaveLength(6);
    expect(fake.maxInFlight).toBe(2);
  });

  it('retries with back-off until delivered, and counts the attempts', async () => {
    const fake = fakeTarget((_, call) => (call < 3 ? { kind: 'retry', message: `down (${call})` } : { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target, backoff: { baseMs: 20, factor: 2, capMs: 100, jitter: 0 } });
    const t = await s.addServer();
    await s.complete();
    while (fake.calls.length < 3) await fake.nextCall();
    await s.idle();
    const [row] = s.rows(t.id);
    expect(row).toMatchObject({ state: 'sent', attempts: 3, last_error: null });
    const status = (await s.call('sync.status', { targetId: t.id })).targets[0]!;
    expect(status).toMatchObject({ counts: { pending: 0, sent: 1, failed: 0 }, lastError: null, reachable: { state: 'reachable' } });
  });

  it("waits as long as the server's Retry-After says when that is longer than the back-off", async () => {
    const fake = fakeTarget((_, call) => (call === 1 ? { kind: 'retry', message: 'HTTP 429: slow down', afterMs: 300 } : { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target, backoff: { baseMs: 50, factor: 2, capMs: 100, jitter: 0 } });
    const t = await s.addServer();
    await s.complete();
    await fake.nextCall();
    await s.idle();
    const [waiting] = s.rows(t.id);
    expect(Date.parse(waiting!.next_attempt_at) - Date.parse(waiting!.last_attempt_at!)).toBe(300);
    const status = (await s.call('sync.status', { targetId: t.id })).targets[0]!;
    expect(status).toMatchObject({ counts: { pending: 1 }, lastError: { message: 'HTTP 429: slow down' }, reachable: { state: 'unreachable' } });
    expect(status.nextAttemptAt).toBe(waiting!.next_attempt_at);
    await fake.nextCall();
    await s.idle();
    expect(s.rows(t.id)).toMatchObject([{ state: 'sent', attempts: 2 }]);
  });

  it('holds back the rest of a target after a retry (a down server is not hammered), until "retry now"', async () => {
    let down = true;
    const fake = fakeTarget(() => (down ? { kind: 'retry', message: 'connection refused' } : { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target, backoff: { baseMs: 3600_000, factor: 2, capMs: 3600_000, jitter: 0 } });
    const t = await s.addServer();
    await s.complete(3);
    await s.idle();
    expect(fake.calls).toHaveLength(1);
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['pending', 'pending', 'pending']);

    down = false;
    expect(await s.call('sync.items.retry', { targetId: t.id })).toEqual({ retried: 3 });
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.delivered).toHaveLength(3);
  });

  it("leaves a failed item for the user's retry, goes on with the others, and shows why", async () => {
    let refuse = true;
    const fake = fakeTarget((_, call) => (call === 1 && refuse ? { kind: 'failed', message: 'HTTP 400: template unknown' } : { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    const t = await s.addServer();
    const [first, second] = await s.complete(2);
    await s.idle();
    expect(s.rows(t.id).map((r) => [r.scorecard_id, r.state])).toEqual([
      [first, 'failed'],
      [second, 'sent'],
    ]);
    const failed = await s.call('sync.items.list', { targetId: t.id, state: 'failed' });
    expect(failed).toMatchObject({ total: 1, items: [{ kind: 'scorecard', documentId: first, lastError: 'HTTP 400: template unknown', agentName: 'Ada Agent', nextAttemptAt: null }] });
    expect(await s.call('sync.stateOf', { documentIds: [first!, second!] })).toMatchObject({
      [first!]: { state: 'failed', targets: [{ targetId: t.id, state: 'failed', lastError: 'HTTP 400: template unknown' }] },
      [second!]: { state: 'sent' },
    });
    await s.idle();
    expect(fake.calls).toHaveLength(2);

    refuse = false;
    expect(await s.call('sync.items.retry', { targetId: t.id, itemId: failed.items[0]!.id })).toEqual({ retried: 1 });
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent']);
    await expect(s.call('sync.items.retry', { targetId: t.id, itemId: failed.items[0]!.id })).rejects.toThrow(/already sent/);
  });

  it('stops after the item in flight when its target is disabled, and goes on when it is enabled again', async () => {
    const held = gate();
    const fake = fakeTarget(async (_, call) => (call === 1 ? await held.promise : undefined, { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    const t = await s.addServer();
    const first = fake.nextCall();
    await s.complete(3);
    await first;
    await s.call('sync.targets.update', { targetId: t.id, enabled: false });
    held.open();
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'pending', 'pending']);
    await s.call('sync.targets.update', { targetId: t.id, enabled: true });
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a target taking rounds whole starts no further item of the round once it is disabled, and goes on when enabled again', async () => {
    const held = gate();
    const fake = fakeTarget(async (_, call) => (call === 1 ? await held.promise : undefined, { kind: 'delivered' }));
    // Takes a round one item after another, asking before each whether the target is still wanted (as a folder does).
    const rounds: DeliveryTarget = {
      deliver: (item, signal) => fake.target.deliver(item, signal),
      async deliverBatch(items, signal, stillWanted = () => true) {
        const outcomes: DeliveryOutcome[] = [];
        for (const item of items) {
          if (!stillWanted()) break;
          outcomes.push(await fake.target.deliver(item, signal));
        }
        return outcomes;
      },
    };
    const s = open({ deliveryTargetFor: () => rounds });
    const t = await s.addServer();
    await s.call('sync.targets.update', { targetId: t.id, enabled: false });
    await s.complete(3);
    const first = fake.nextCall();
    await s.call('sync.targets.update', { targetId: t.id, enabled: true });
    await first;
    await s.call('sync.targets.update', { targetId: t.id, enabled: false });
    held.open();
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'pending', 'pending']);
    await s.call('sync.targets.update', { targetId: t.id, enabled: true });
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('builds the delivery again when the target is changed mid-drain: the rest goes to the new address, not the old one', async () => {
    const held = gate();
    const byUrl = new Map<string, ReturnType<typeof fakeTarget>>();
    const fakeFor = (url: string) => {
      if (!byUrl.has(url)) {
        // The old address hangs on its first item until it is released or the attempt is aborted.
        byUrl.set(
          url,
          fakeTarget(async (_, call, signal) =>
            url.includes('old') && call === 1
              ? await Promise.race([
                  held.promise.then(() => ({ kind: 'delivered' as const })),
                  new Promise<DeliveryOutcome>((resolve) => signal.addEventListener('abort', () => resolve({ kind: 'retry', message: 'stopped' }), { once: true })),
                ])
              : { kind: 'delivered' },
          ),
        );
      }
      return byUrl.get(url)!;
    };
    const s = open({ deliveryTargetFor: (t) => fakeFor(t.config.kind === 'server' ? t.config.url : '').target });
    const t = await s.call('sync.targets.add', { name: 'HQ', config: { kind: 'server', url: 'http://127.0.0.1:9/old', timeoutMs: 1000 } });
    const first = fakeFor('http://127.0.0.1:9/old').nextCall();
    await s.complete(3);
    await first;
    await s.call('sync.targets.update', { targetId: t.id, config: { kind: 'server', url: 'http://127.0.0.1:9/new', timeoutMs: 2000 } });
    held.open();
    await s.call('sync.items.retry', { targetId: t.id });
    await s.idle();
    expect(byUrl.get('http://127.0.0.1:9/old')!.calls).toHaveLength(1);
    expect(byUrl.get('http://127.0.0.1:9/new')!.delivered).toHaveLength(3);
    expect(s.rows(t.id).map((r) => [r.state, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ]);
  });

  it('shows progress while a batch drains', async () => {
    const held = [gate(), gate(), gate()];
    const fake = fakeTarget(async (_, call) => (await held[call - 1]!.promise, { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    const t = await s.addServer();
    const status = async () => (await s.call('sync.status', { targetId: t.id })).targets[0]!;
    const first = fake.nextCall();
    await s.complete(3);
    await first;
    const second = fake.nextCall();
    held[0]!.open();
    await second;
    expect(await status()).toMatchObject({ draining: true, progress: { done: 1, total: 3 }, counts: { pending: 2, sent: 1 } });
    held[1]!.open();
    held[2]!.open();
    await s.idle();
    expect(await status()).toMatchObject({ draining: false, progress: null, counts: { pending: 0, sent: 3 } });
  });

  it('gives every scorecard a badge state: pending, sent, failed or not queued', async () => {
    const held = gate();
    const fake = fakeTarget(async () => (await held.promise, { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    const [before] = await s.complete();
    await s.addServer();
    const [after] = await s.complete();
    const unknown = '3f6c1d2e-9a8b-4c7d-8e6f-5a4b3c2d1e0f';
    expect(await s.call('sync.stateOf', { documentIds: [before!, after!, unknown] })).toEqual({
      [before!]: { state: 'not_queued', targets: [] },
      [after!]: { state: 'pending', targets: [expect.objectContaining({ state: 'pending' })] },
      [unknown]: { state: 'not_queued', targets: [] },
    });
    held.open();
    await s.idle();
    expect((await s.call('sync.stateOf', { documentIds: [after!] }))[after!]!.state).toBe('sent');
  });

  it('queues earlier scorecards for a new target when asked, each once', async () => {
    const fake = fakeTarget();
    const s = open({ deliveryTargetFor: () => fake.target });
    const earlier = await s.complete(3);
    const t = await s.call('sync.targets.add', { name: 'Late', config: { kind: 'server', url: 'http://127.0.0.1:9/x', timeoutMs: 1000 }, sendExisting: true });
    await s.idle();
    expect(s.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.delivered.map((i) => i.documentId).sort()).toEqual([...earlier].sort());
  });

  it('keeps the frozen document after every target has it, and freezes one even with no target at all', async () => {
    const fake = fakeTarget((_, call) => (call === 1 ? { kind: 'failed', message: 'no' } : { kind: 'delivered' }));
    const s = open({ deliveryTargetFor: () => fake.target });
    const [alone] = await s.complete();
    expect(s.db.prepare('SELECT document_id AS scorecard_id, revision FROM export_documents').all()).toEqual([{ scorecard_id: alone, revision: 1 }]);
    await s.addServer('A');
    await s.addServer('B');
    await s.complete();
    await s.idle();
    const [failedTarget] = (await s.call('sync.status', {})).targets.filter((x) => x.counts.failed === 1);
    await s.call('sync.items.retry', { targetId: failedTarget!.targetId });
    await s.idle();
    // Every target has the second one: its bytes stay, for a target added later (or a share added again).
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM export_documents').get()).toEqual({ n: 2 });
  });
});

describe('the outbox across restarts', () => {
  it('keeps waiting items across a restart and delivers each once', async () => {
    const first = fakeTarget(() => ({ kind: 'retry', message: 'offline' }));
    const s1 = open({ deliveryTargetFor: () => first.target, backoff: { baseMs: 3600_000, factor: 2, capMs: 3600_000, jitter: 0 } });
    const t = await s1.addServer();
    const ids = await s1.complete(3);
    await s1.idle();
    await s1.close();

    const second = fakeTarget();
    const s2 = open({ deliveryTargetFor: () => second.target }, s1.dataFolder);
    // At start the items never tried go out on their own; the one that failed keeps its back-off
    // (or a server's Retry-After) across the restart, until "retry now".
    await s2.idle();
    const waiting = (await s2.call('sync.status', { targetId: t.id })).targets[0]!;
    expect(waiting).toMatchObject({ counts: { pending: 1, sent: 2 } });
    expect(Date.parse(waiting.nextAttemptAt!)).toBeGreaterThan(Date.now() + 3000_000);
    expect(second.calls.map((i) => i.documentId)).toEqual(ids.slice(1));
    await s2.call('sync.items.retry', { targetId: t.id });
    await s2.idle();
    expect(second.delivered.map((i) => i.documentId).sort()).toEqual([...ids].sort());
    expect(s2.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('resumes on its own after a restart when the items are due', async () => {
    const held = gate();
    const first = fakeTarget(async () => (await held.promise, { kind: 'delivered' }));
    const s1 = open({ deliveryTargetFor: () => first.target });
    const t = await s1.addServer();
    await s1.complete(2);
    await first.nextCall();
    // Quit mid-delivery: close aborts the attempt in flight and waits for it.
    const closing = s1.close();
    held.open();
    await closing;

    const second = fakeTarget();
    const s2 = open({ deliveryTargetFor: () => second.target }, s1.dataFolder);
    expect(s2.rows(t.id).filter((r) => r.state === 'sent').length).toBeLessThanOrEqual(1);
    await second.nextCall();
    await s2.idle();
    expect(s2.rows(t.id).map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(first.delivered.length + second.delivered.length).toBe(2);
  });

  it('aborts a delivery in flight on close without counting it as a failed attempt', async () => {
    const fake = fakeTarget(
      (_, __, signal) =>
        new Promise((resolve) => signal.addEventListener('abort', () => resolve({ kind: 'retry', message: 'Sending was stopped.' }), { once: true })),
    );
    const s = open({ deliveryTargetFor: () => fake.target });
    const t = await s.addServer();
    await s.complete();
    await fake.nextCall();
    await s.close();
    expect(s.rows(t.id)).toMatchObject([{ state: 'pending', attempts: 0, last_error: null }]);
  });
});
