import type { DeliveryOutcome, DeliveryTarget, OutgoingItem } from '../../../../electron/services/sync/delivery';

type Script = (item: OutgoingItem, call: number, signal: AbortSignal) => DeliveryOutcome | Promise<DeliveryOutcome>;

/**
 * A delivery target that does what the test scripts, and records every call.
 * `nextCall()` resolves at the next delivery attempt: tests wait on it, not on time.
 */
export function fakeTarget(script: Script = () => ({ kind: 'delivered' })) {
  const calls: OutgoingItem[] = [];
  const delivered: OutgoingItem[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let waiters: ((item: OutgoingItem) => void)[] = [];
  const target: DeliveryTarget = {
    async deliver(item, signal) {
      calls.push(item);
      const ws = waiters;
      waiters = [];
      ws.forEach((w) => w(item));
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const outcome = await script(item, calls.length, signal);
        if (outcome.kind === 'delivered') delivered.push(item);
        return outcome;
      } finally {
        inFlight -= 1;
      }
    },
  };
  return {
    target,
    calls,
    delivered,
    get maxInFlight() {
      return maxInFlight;
    },
    nextCall: () => new Promise<OutgoingItem>((resolve) => waiters.push(resolve)),
  };
}

/** A promise with its resolve handle, to hold a delivery open until the test releases it. */
export function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}
