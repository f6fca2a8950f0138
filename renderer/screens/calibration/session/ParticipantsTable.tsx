import type { ParticipantView } from '../../../../shared/calibration';
import { formatDateTime } from '../../../format/dates';
import { statusLabels } from '../status-words';
import { CalibrationTag } from '../CalibrationTag';
import './ParticipantsTable.css';

/** Where each participant stands: never their answers before the session opens, only whether and when they submitted. */
export function ParticipantsTable({ participants }: { participants: readonly ParticipantView[] }) {
  return (
    <table className="table participants-table" aria-label="Participants">
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col">Status</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.key}>
            <th scope="row">
              {p.name}
              {p.reference && <CalibrationTag>Reference</CalibrationTag>}
            </th>
            <td>
              <strong className={`participants-table__status participants-table__status--${p.status}`}>{statusLabels[p.status]}</strong>
              <span className="participants-table__sentence">{p.statusText}</span>
              {p.changedAfterOpening && (
                <span className="participants-table__problem">
                  Revised after the session opened (revision {p.changedAfterOpening.revision}, {formatDateTime(p.changedAfterOpening.committedAt)}
                  {p.changedAfterOpening.elementIds ? `; ${p.changedAfterOpening.elementIds.length} answer${p.changedAfterOpening.elementIds.length === 1 ? '' : 's'} changed` : ''}): the blind submission is the one counted.
                </span>
              )}
              {p.problems.map((problem) => (
                <span key={problem} className="participants-table__problem">
                  {problem}
                </span>
              ))}
            </td>
            <td>{p.committedAt ? formatDateTime(p.committedAt) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
