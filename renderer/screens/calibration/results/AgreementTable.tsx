import type { AgreementFiguresView } from '../../../../shared/calibration';
import { figureRows, formatCoefficient, formatShare } from './figures';
import './AgreementTable.css';

/** The agreement figures, each with its value or, where the answers cannot give it, "—" and why. */
export function AgreementTable({ figures, label }: { figures: AgreementFiguresView; label: string }) {
  return (
    <table className="table table--compact agreement-table" aria-label={label}>
      <tbody>
        {figureRows(figures).map(({ name, figure, share }) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="table__numeric">{figure.value === null ? '—' : share ? formatShare(figure.value) : formatCoefficient(figure.value)}</td>
            <td className="agreement-table__reason">{figure.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
