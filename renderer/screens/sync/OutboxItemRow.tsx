import { useState } from 'react';
import type { OutboxItem } from '../../../shared/api/sync';
import { errorMessage } from '../../api/errors';
import { formatDateTime } from '../../format/dates';
import { formatHash } from '../../router/route';
import { outboxItemsOf } from '../../stores/outbox-items';
import { documentNoun } from './sync-words';
import '../../components/SyncBadge.css';
import './OutboxItemRow.css';

interface Props {
  item: OutboxItem;
  label: string;
}

function details(item: OutboxItem): string {
  if (item.state === 'sent') return item.sentAt ? `Sent ${formatDateTime(item.sentAt)}` : 'Sent';
  if (item.state === 'failed') return item.lastError ?? 'Failed';
  const tries = item.attempts ? ` after ${item.attempts} ${item.attempts === 1 ? 'try' : 'tries'}` : '';
  const next = item.nextAttemptAt ? `next try ${formatDateTime(item.nextAttemptAt)}` : 'waiting its turn';
  return `${item.lastError ? `${item.lastError} — ` : ''}${next}${tries}`;
}

/** One queued scorecard; a failed one can be sent again on its own once its cause is fixed. */
export function OutboxItemRow({ item, label }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const who = item.agentName ?? (item.kind === 'scorecard' ? 'A scorecard no longer on this computer' : `A ${documentNoun(item.kind)} (${item.documentId.slice(0, 8)}…)`);

  const retry = async () => {
    setBusy(true);
    try {
      await outboxItemsOf(item.targetId).getState().retry(item);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr>
      <td>{item.kind === 'scorecard' && item.agentName ? <a href={formatHash({ name: 'review', id: item.documentId })}>{who}</a> : who}</td>
      <td>{item.occurredAt ? formatDateTime(item.occurredAt) : '—'}</td>
      <td className="table__numeric">{item.revision}</td>
      <td>
        <span className={`sync-badge sync-badge--${item.state}`}>{label}</span>
      </td>
      <td className={item.state === 'failed' ? 'outbox-item-row__error' : undefined}>
        {details(item)}
        {error && (
          <span role="alert" className="field__error">
            {' '}
            {error}
          </span>
        )}
      </td>
      <td className="table__actions">
        {item.state === 'failed' && (
          <button type="button" className="button button--small" onClick={() => void retry()} disabled={busy} aria-label={`Retry ${who}, revision ${item.revision}`}>
            Retry
          </button>
        )}
      </td>
    </tr>
  );
}
