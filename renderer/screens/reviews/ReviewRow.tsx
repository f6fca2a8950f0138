import type { ReviewListItem } from '../../../shared/api/reviews';
import { formatPercent } from '../../../shared/scoring/format';
import { BandBadge } from '../../components/BandBadge';
import { SyncBadge } from '../../components/SyncBadge';
import type { BandTone } from '../../format/band-tone';
import { formatDayAndTime } from '../../format/dates';
import { formatHash } from '../../router/route';
import { navigate } from '../../router/router';
import { useSyncBadges } from '../../stores/sync-badges';
import { statusLabels } from './status-labels';
import './ReviewRow.css';

/**
 * The agent's name is the row's link: Tab and Enter reach it natively, and
 * j/k move between these links. A click anywhere on the row opens it too.
 */
export function ReviewRow({ item, tone, showSync }: { item: ReviewListItem; tone: BandTone; showSync: boolean }) {
  const route = { name: 'review', id: item.id } as const;
  // Only this row re-renders when its own badge changes.
  const syncState = useSyncBadges((s) => (item.status === 'completed' ? s.states[item.id] : undefined));
  const targetNames = useSyncBadges((s) => s.targetNames);
  const when = formatDayAndTime(item.occurredAt);
  return (
    <tr className="review-row" onClick={() => navigate(route)}>
      <td>
        <span className={`review-row__status review-row__status--${item.status}`}>{statusLabels[item.status]}</span>
      </td>
      <td>
        <a href={formatHash(route)} className="review-row__link" data-row-link onClick={(e) => e.stopPropagation()}>
          <bdi>{item.agentName}</bdi>
        </a>
      </td>
      <td className="review-row__when">
        <span>{when.day}</span> <span className="u-muted">{when.time}</span>
      </td>
      <td className="table__numeric">{formatPercent(item.score)}</td>
      <td>
        {item.score === null && item.provisional ? (
          <span className="u-muted">—</span>
        ) : (
          <BandBadge label={item.bandLabel} tone={tone} provisional={item.provisional} />
        )}
        {item.automaticFail && <span className="danger-tag">Automatic fail</span>}
      </td>
      <td className="review-row__reference" title={item.reference || undefined}>
        {item.reference ? <bdi>{item.reference}</bdi> : <span className="u-muted">—</span>}
      </td>
      <td>
        <bdi>{item.reviewerName}</bdi>
      </td>
      {showSync && (
        <td>
          <SyncBadge state={syncState} targetName={(id) => targetNames[id]} />
        </td>
      )}
    </tr>
  );
}
