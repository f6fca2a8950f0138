import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome, OutgoingItem } from '../../../electron/services/sync/delivery';
import { deliverTogether, type Prepared } from '../../../electron/services/sync/outbox/together';
import type { OutboxEntry } from '../../../electron/services/sync/store/outbox';
import { outgoingItem } from './server-item';

const row = (id: number): OutboxEntry => ({
  id,
  targetId: 't',
  kind: 'scorecard',
  documentId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  revision: 1,
  state: 'pending',
  attempts: 0,
  nextAttemptAt: '2026-11-30T00:00:00.000Z',
  lastAttemptAt: null,
  lastError: null,
  sentAt: null,
  createdAt: '2026-11-30T00:00:00.000Z',
});

const delivered: DeliveryOutcome = { kind: 'delivered' };
const refused: DeliveryOutcome = { kind: 'failed', message: 'The server rejected the scorecard (HTTP 422): no.' };
const busy: DeliveryOutcome = { kind: 'retry', message: 'The server is busy (HTTP 429)' };

/** A batch target that answers with `answer(items)` and writes down what it was given. */
function target(answer: (items: readonly OutgoingItem[]) => DeliveryOutcome[]) {
  const sent: OutgoingItem[][] = [];
  return {
    sent,
    deliverBatch: async (items: readonly OutgoingItem[]) => {
      sent.push([...items]);
      return answer(items);
    },
  };
}

const ready = (r: OutboxEntry): Prepared => ({ row: r, item: outgoingItem({ scorecardId: r.documentId }) });
const ids = (outcomes: [OutboxEntry, DeliveryOutcome][]) => outcomes.map(([r, o]) => [r.id, o.kind]);
const open = new AbortController().signal;

describe('the outbox hands a round of due items to a target that takes batches', () => {
  it('records one outcome per item, in order, with at most one retry and it last', async () => {
    const rows = [1, 2, 3, 4].map(row);
    const t = target(() => [delivered, refused, delivered, delivered]);
    const round = await deliverTogether(t, rows, async (r) => ready(r), open);
    expect(t.sent).toHaveLength(1);
    expect(t.sent[0]!.map((i) => i.documentId)).toEqual(rows.map((r) => r.documentId));
    expect(ids(round.outcomes)).toEqual([[1, 'delivered'], [2, 'failed'], [3, 'delivered'], [4, 'delivered']]);
    expect(round.stop).toBe(false);
  });

  it('a missing document fails alone without being sent; one that cannot be sealed waits, and the rows after it are not tried', async () => {
    const rows = [1, 2, 3, 4, 5].map(row);
    const t = target((items) => items.map(() => delivered));
    const round = await deliverTogether(
      t,
      rows,
      async (r) => (r.id === 2 ? { row: r, outcome: { kind: 'failed', message: 'missing' } } : r.id === 4 ? { row: r, outcome: { kind: 'retry', message: 'no key yet' } } : ready(r)),
      open,
    );
    expect(t.sent[0]!.map((i) => i.documentId)).toEqual([rows[0]!.documentId, rows[2]!.documentId]);
    expect(ids(round.outcomes)).toEqual([[1, 'delivered'], [2, 'failed'], [3, 'delivered'], [4, 'retry']]);
  });

  it('items the target did not answer for stay as they were; a retry among them is recorded once, last', async () => {
    const rows = [1, 2, 3, 4].map(row);
    const round = await deliverTogether(target(() => [delivered, busy]), rows, async (r) => ready(r), open);
    expect(ids(round.outcomes)).toEqual([[1, 'delivered'], [2, 'retry']]);
    const whole = await deliverTogether(target(() => [busy]), rows, async (r) => ready(r), open);
    expect(ids(whole.outcomes)).toEqual([[1, 'retry']]);
  });

  it('a batch cut short by close() or a change of the target records only what was delivered, and stops', async () => {
    const controller = new AbortController();
    const rows = [1, 2, 3].map(row);
    const t = target(() => {
      controller.abort();
      return [delivered, { kind: 'retry', message: 'Sending was stopped before the server answered.' }];
    });
    const round = await deliverTogether(t, rows, async (r) => ready(r), controller.signal);
    expect(ids(round.outcomes)).toEqual([[1, 'delivered']]);
    expect(round.stop).toBe(true);
  });

  it('a target that throws is a retry of the first item, never a loss', async () => {
    const rows = [1, 2].map(row);
    const round = await deliverTogether({ deliverBatch: async () => Promise.reject(new Error('socket hang up')) }, rows, async (r) => ready(r), open);
    expect(round.outcomes).toEqual([[rows[0], { kind: 'retry', message: 'Sending stopped on an unexpected error: socket hang up' }]]);
  });
});
