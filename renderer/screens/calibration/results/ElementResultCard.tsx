import type { ElementResult } from '../../../../shared/calibration';
import { AgreementTable } from './AgreementTable';
import { figureRows, formatCoefficient, formatShare } from './figures';
import { OutcomeEditor } from './OutcomeEditor';
import { OutcomeText } from './OutcomeText';
import './ElementResultCard.css';

interface Props {
  element: ElementResult;
  names: ReadonlyMap<string, string>;
  /** The organiser records outcomes; everyone else reads them. */
  editable: boolean;
}

/** One element: how the answers split, how far they agree, every participant's answer and comment side by side, and the outcome. */
export function ElementResultCard({ element, names, editable }: Props) {
  const headingId = `element-result-${element.elementId}`;
  const summary = figureRows(element.agreement).filter((r) => r.name === 'Percent agreement' || r.name === 'Gwet’s AC1');
  return (
    <article className="panel element-result" aria-labelledby={headingId}>
      <h3 id={headingId} className="element-result__title">
        <span className="element-result__number">{element.number}</span> {element.label}
      </h3>
      <p className="element-result__section u-muted">{element.sectionTitle}</p>
      <p className="element-result__summary">
        {summary.map(({ name, figure, share }) => (
          <span key={name}>
            {name}: <strong>{figure.value === null ? '—' : share ? formatShare(figure.value) : formatCoefficient(figure.value)}</strong>
          </span>
        ))}
        <span>
          Answers:{' '}
          {element.distribution
            .filter((d) => d.count > 0)
            .map((d) => `${d.label} ${d.count}`)
            .join(' · ') || 'none'}
          {element.unanswered > 0 && ` · no answer ${element.unanswered}`}
        </span>
      </p>
      <table className="table table--compact element-result__answers" aria-label={`Answers to ${element.number}`}>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Answer</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {element.answers.map((a) => (
            <tr key={a.participantKey}>
              <th scope="row">
                {names.get(a.participantKey) ?? 'Participant'}
                {a.late && <span className="u-muted"> (late)</span>}
              </th>
              <td>{a.label}</td>
              <td>{a.comment || <span className="u-muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="element-result__figures">
        <summary>All agreement figures</summary>
        <AgreementTable figures={element.agreement} label={`Agreement on ${element.number}`} />
      </details>
      {editable ? <OutcomeEditor element={element} /> : <OutcomeText element={element} />}
    </article>
  );
}
