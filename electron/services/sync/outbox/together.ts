import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../delivery';
import type { OutboxEntry } from '../store/outbox';

/** One row ready to go (its document as sent), or its outcome already known (its document is missing, or could not be sealed). */
export type Prepared = { row: OutboxEntry; item: OutgoingItem } | { row: OutboxEntry; outcome: DeliveryOutcome };

export interface Round {
  /** What to record, in the order record() reads it: at most one 'retry', and it last (it sets the back-off). */
  outcomes: [OutboxEntry, DeliveryOutcome][];
  /** Stop draining after recording: the delivery was cut short by close() or a change of the target. */
  stop: boolean;
}

/**
 * A round of due rows through a target's batch delivery
 * (DeliveryTarget.deliverBatch): every row prepared first, the ready ones
 * sent together, each outcome recorded as the one-at-a-time path would
 * record it:
 * - a row whose document could not be sealed is a 'retry' and, as after any
 *   'retry', the rows after it are not tried this round; nor are rows the
 *   target did not answer for (it answers for a first part only when a retry
 *   stopped it, or a request could carry no more);
 * - a delivery cut short by close() or by a change of the target's settings
 *   is not a failure of the target: only what was delivered is recorded.
 */
export async function deliverTogether(
  delivery: Required<Pick<DeliveryTarget, 'deliverBatch'>>,
  rows: readonly OutboxEntry[],
  prepare: (row: OutboxEntry) => Promise<Prepared>,
  signal: AbortSignal,
): Promise<Round> {
  const prepared: Prepared[] = [];
  for (const row of rows) {
    const p = await prepare(row);
    prepared.push(p);
    if ('outcome' in p && p.outcome.kind === 'retry') break;
  }
  const items = prepared.flatMap((p) => ('item' in p ? [p.item] : []));
  let answered: DeliveryOutcome[] = [];
  if (items.length) {
    try {
      answered = await delivery.deliverBatch(items, signal);
    } catch (error) {
      answered = [{ kind: 'retry', message: `Sending stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}` }];
    }
  }
  const settled: [OutboxEntry, DeliveryOutcome][] = [];
  let next = 0;
  for (const p of prepared) {
    if ('item' in p) {
      const outcome = answered[next++];
      if (!outcome) break;
      settled.push([p.row, outcome]);
    } else settled.push([p.row, p.outcome]);
  }
  if (signal.aborted) return { outcomes: settled.filter(([, o]) => o.kind === 'delivered'), stop: true };
  const retry = settled.find(([, o]) => o.kind === 'retry');
  return { outcomes: [...settled.filter(([, o]) => o.kind !== 'retry'), ...(retry ? [retry] : [])], stop: false };
}
