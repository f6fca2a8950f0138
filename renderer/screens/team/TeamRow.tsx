import type { ImportedListItem } from '../../../shared/api/sync';
import { formatPercent } from '../../../shared/scoring/format';
import { BandBadge } from '../../components/BandBadge';
import { formatDateTime } from '../../format/dates';
import { formatHash } from '../../router/route';
import { trustWords } from './trust-words';
import './TeamRow.css';

/**
 * One colleague's scorecard. The band is named without a colour: the list
 * carries no "meets target" flag for imports, and a colour guessed from the
 * label could be wrong for another template.
 */
export function TeamRow({ item }: { item: ImportedListItem }) {
  const share = item.origin.targetName ?? 'a removed share';
  return (
    <tr>
      <th scope="row">
        <a href={formatHash({ name: 'team-scorecard', id: item.scorecardId, revision: null })} aria-label={`Open ${item.reviewer.name}’s scorecard of ${item.agent.name}, ${formatDateTime(item.occurredAt)}`}>
          <bdi>{item.reviewer.name}</bdi>
        </a>
      </th>
      <td>
        <bdi>{item.agent.name}</bdi>
        {item.agent.team && (
          <span className="u-muted">
            {' '}
            · <bdi>{item.agent.team}</bdi>
          </span>
        )}
      </td>
      <td>{formatDateTime(item.occurredAt)}</td>
      <td className="table__numeric">{formatPercent(item.score)}</td>
      <td>
        <BandBadge label={item.bandLabel} tone="neutral" />
        {item.automaticFail && <span className="danger-tag">Automatic fail</span>}
        {item.revision > 1 && <span className="u-muted"> (revision {item.revision})</span>}
      </td>
      <td className="team-row__origin">
        {share}
        <br />
        <code className="team-row__file" title={item.origin.relativePath}>
          {item.origin.relativePath}
        </code>
        <br />
        <span className={item.trust.startsWith('signed') ? 'team-row__trust' : 'team-row__trust team-row__trust--unsigned'}>{trustWords(item.trust)}</span>
      </td>
    </tr>
  );
}
