import { useCallback, useEffect, useId, useState } from 'react';
import type { OutboxItem, OutboxState, TargetStatus } from '../../../shared/api/sync';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { OutboxItemRow } from './OutboxItemRow';

const PAGE_SIZE = 20;
const stateLabels: Record<OutboxState, string> = { pending: 'Pending', sent: 'Sent', failed: 'Failed' };

interface Props {
  targetId: string;
  /** The target's counts from the polled status: when they change, the open list is read again. */
  counts: TargetStatus['counts'] | null;
}

/** The scorecards queued for one target, folded away until asked for; failed ones first by default. */
export function OutboxItems({ targetId, counts }: Props) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<OutboxState | ''>('');
  const [page, setPage] = useState(0);
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const filterId = useId();
  const listId = useId();
  const countsKey = counts ? `${counts.pending}/${counts.sent}/${counts.failed}` : '';
  const all = counts ? counts.pending + counts.sent + counts.failed : null;

  const read = useCallback(async () => {
    try {
      const result = await api['sync.items.list']({ targetId, ...(state ? { state } : {}), limit: PAGE_SIZE, offset: page * PAGE_SIZE });
      setItems(result.items);
      setTotal(result.total);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [targetId, state, page]);

  useEffect(() => {
    if (open) void read();
  }, [open, read, countsKey]);

  return (
    <div className="outbox">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? 'Hide scorecards' : 'Show scorecards'}
        {all !== null ? ` (${all})` : ''}
      </button>
      {open && (
        <div id={listId} className="outbox-body">
          <div className="field field-inline">
            <label htmlFor={filterId}>Show</label>
            <select
              id={filterId}
              value={state}
              onChange={(e) => {
                setState(e.target.value === 'pending' || e.target.value === 'sent' || e.target.value === 'failed' ? e.target.value : '');
                setPage(0);
              }}
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
            <p className="muted">{state ? `No ${stateLabels[state].toLowerCase()} scorecards.` : 'Nothing queued for this target yet.'}</p>
          ) : (
            <table className="table table-compact" aria-label="Queued scorecards">
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col">Call</th>
                  <th scope="col">Revision</th>
                  <th scope="col">State</th>
                  <th scope="col">Details</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <OutboxItemRow key={item.id} item={item} label={stateLabels[item.state]} onRetried={() => void read()} />
                ))}
              </tbody>
            </table>
          )}
          <Pager label="Queued scorecards pages" page={page} pageSize={PAGE_SIZE} total={total} onPage={setPage} />
        </div>
      )}
    </div>
  );
}
