import type { ImportedListItem } from '../../../shared/api/sync';
import { formatPercent } from '../../../shared/scoring/format';
import { formatDateTime } from '../../format/dates';

/**
 * One colleague's scorecard. The band is named without a colour: the list
 * carries no "meets target" flag for imports, and a colour guessed from the
 * label could be wrong for another template.
 */
export function TeamRow({ item }: { item: ImportedListItem }) {
  const share = item.origin.targetName ?? 'a removed share';
  return (
    <tr>
      <th scope="row">{item.reviewer.name}</th>
      <td>
        {item.agent.name}
        {item.agent.team && <span className="muted"> · {item.agent.team}</span>}
      </td>
      <td>{formatDateTime(item.occurredAt)}</td>
      <td className="numeric">{formatPercent(item.score)}</td>
      <td>
        <span className="band band-neutral band-small">{item.bandLabel}</span>
        {item.automaticFail && <span className="auto-fail-tag">Automatic fail</span>}
        {item.revision > 1 && <span className="muted"> (revision {item.revision})</span>}
      </td>
      <td className="origin">
        {share}
        <br />
        <code className="origin-file" title={item.origin.relativePath}>
          {item.origin.relativePath}
        </code>
      </td>
    </tr>
  );
}
