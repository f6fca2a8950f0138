import { Fragment } from 'react';
import type { ElementRate, SectionRate } from '../../../shared/api/coaching';
import { percent } from './figures';
import './ElementRatesTable.css';

interface Props {
  sections: SectionRate[];
  elements: ElementRate[];
  target: number | null;
  teamLabel: string;
}

/**
 * Pass rates (met ÷ applicable) per section and element, the agent's with
 * its 95 % range beside the rest of the team's; below the target is marked in
 * words, not colour alone. On the profile and in the coaching pack.
 */
export function ElementRatesTable({ sections, elements, target, teamLabel }: Props) {
  return (
    <section className="panel element-rates" aria-labelledby="element-rates-title">
      <h2 id="element-rates-title">Sections and elements</h2>
      <p className="u-muted">
        Pass rate: met ÷ applicable answers. Team: {teamLabel}. Target: {target === null ? '—' : `${target} %`}.
      </p>
      {elements.length === 0 ? (
        <p className="empty">No completed scorecards in this period.</p>
      ) : (
        <table className="table element-rates__table" aria-label="Pass rates by section and element">
          <thead>
            <tr>
              <th scope="col">Section or element</th>
              <th scope="col">Met / applicable</th>
              <th scope="col">Pass rate</th>
              <th scope="col">95 % range</th>
              <th scope="col">Team</th>
              <th scope="col">Against the target</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <Fragment key={s.section}>
                <tr className="element-rates__section">
                  <th scope="row">{s.section}</th>
                  <td>
                    {s.met} / {s.met + s.notMet}
                  </td>
                  <td>{percent(s.rate)}</td>
                  <td />
                  <td>{percent(s.teamRate)}</td>
                  <td>{s.rate === null ? '—' : s.belowTarget ? 'Below' : 'At or above'}</td>
                </tr>
                {elements
                  .filter((e) => e.section === s.section)
                  .map((e) => (
                    <tr key={e.elementId} className={e.belowTarget ? 'element-rates__row is-below' : 'element-rates__row'}>
                      <th scope="row" className="element-rates__element">
                        {e.number} {e.label}
                      </th>
                      <td>
                        {e.met} / {e.met + e.notMet}
                        {e.notApplicable > 0 && <span className="u-muted"> ({e.notApplicable} N/A)</span>}
                      </td>
                      <td>{percent(e.rate)}</td>
                      <td>{e.lower === null ? '—' : `${percent(e.lower)} to ${percent(e.upper)}`}</td>
                      <td>{percent(e.teamRate)}</td>
                      <td>{e.rate === null ? 'Not applicable' : e.belowTarget ? 'Below' : 'At or above'}</td>
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
