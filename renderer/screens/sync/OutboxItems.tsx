import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { OutboxState, TargetStatus } from '../../../shared/api/sync';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { OUTBOX_PAGE_SIZE, outboxItemsOf } from '../../stores/outbox-items';
import { OutboxItemRow } from './OutboxItemRow';
import './OutboxItems.css';

const stateLabels: Record<OutboxState, string> = { pending: 'Pending', sent: 'Sent', failed: 'Failed' };

interface Props {
  targetId: string;
  /** The target's counts from the polled status: when they change, the open list is read again. */
  counts: TargetStatus['counts'] | null;
}

/** The scorecards queued for one target, folded away until asked for; failed ones first by default. */
export function OutboxItems({ targetId, counts }: Props) {
  const store = outboxItemsOf(targetId);
  const [open, setOpen] = useState(false);
  const state = useStore(store, (s) => s.state);
  const page = useStore(store, (s) => s.page);
  const items = useStore(store, (s) => s.items);
  const total = useStore(store, (s) => s.total);
  const error = useStore(store, (s) => s.error);
  const setFilters = useStore(store, (s) => s.setFilters);
  const setPage = useStore(store, (s) => s.setPage);
  const filterId = useId();
  const listId = useId();
  const countsKey = counts ? `${counts.pending}/${counts.sent}/${counts.failed}` : '';
  const all = counts ? counts.pending + counts.sent + counts.failed : null;

  useEffect(() => {
    if (open) void store.getState().load();
  }, [open, store, countsKey]);

  return (
    <div className="outbox-items">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide scorecards' : 'Show scorecards'}
        {all !== null ? ` (${all})` : ''}
      </button>
      {open && (
        <div id={listId} className="outbox-items__body">
          <div className="field field--inline">
            <label htmlFor={filterId}>Show</label>
            <select
              id={filterId}
              value={state}
              onChange={(e) => setFilters({ state: e.target.value === 'pending' || e.target.value === 'sent' || e.target.value === 'failed' ? e.target.value : '' })}
            >
              <option value="">All</option>
              {(Object.keys(stateLabels) as OutboxState[]).map((s) => (
                <option key={s} value={s}>
                  {stateLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <ErrorNotice message={error} />
          {items.length === 0 ? (
            <p className="u-muted">{state ? `No ${stateLabels[state].toLowerCase()} scorecards.` : 'Nothing queued for this target yet.'}</p>
          ) : (
            <table className="table table--compact" aria-label="Queued scorecards">
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col">Call</th>
                  <th scope="col">Revision</th>
                  <th scope="col">State</th>
                  <th scope="col">Details</th>
                  <th scope="col">
                    <span className="u-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <OutboxItemRow key={item.id} item={item} label={stateLabels[item.state]} />
                ))}
              </tbody>
            </table>
          )}
          <Pager label="Queued scorecards pages" page={page} pageSize={OUTBOX_PAGE_SIZE} total={total} onPage={setPage} />
        </div>
      )}
    </div>
  );
}
