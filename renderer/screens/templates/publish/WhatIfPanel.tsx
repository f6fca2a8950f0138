import { useId, useState } from 'react';
import { formatPercent } from '../../../../shared/scoring';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatDateTime } from '../../../format/dates';
import { useTemplatePublish } from '../../../stores/templates-publish';
import './WhatIfPanel.css';

const signed = (change: number | null) => (change === null ? '—' : `${change > 0 ? '+' : ''}${change.toFixed(1)}`);
const SHOWN = 50;

/** The last completed scorecards of the previous version, rescored under the draft: how scores and bands would move. Nothing is changed. */
export function WhatIfPanel() {
  const whatIf = useTemplatePublish((s) => s.whatIf);
  const busy = useTemplatePublish((s) => s.whatIfBusy);
  const error = useTemplatePublish((s) => s.whatIfError);
  const run = useTemplatePublish((s) => s.runWhatIf);
  const [limit, setLimit] = useState('50');
  const id = useId();
  const n = Number(limit);
  const valid = Number.isInteger(n) && n >= 1 && n <= 10_000;

  return (
    <div className="what-if">
      <h3>What if it were published?</h3>
      <form
        className="what-if__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void run(n);
        }}
      >
        <div className="field">
          <label htmlFor={id}>Rescore the last … completed scorecards</label>
          <input id={id} type="text" inputMode="numeric" value={limit} aria-invalid={valid ? undefined : true} onChange={(e) => setLimit(e.target.value)} />
          {!valid && <p className="field__error">A whole number from 1 to 10 000.</p>}
        </div>
        <button type="submit" className="button" disabled={busy || !valid}>
          {busy ? 'Rescoring…' : 'Rescore'}
        </button>
      </form>
      <ErrorNotice message={error} />
      {whatIf && (
        <div role="status" className="what-if__result">
          <p>
            {whatIf.summary.scorecards === 0
              ? `No completed scorecard of version ${whatIf.base.version} yet.`
              : `${whatIf.summary.scorecards} scorecard${whatIf.summary.scorecards === 1 ? '' : 's'} of version ${whatIf.base.version}: ${whatIf.summary.bandChanged} would change band; ${whatIf.summary.raised} would score higher, ${whatIf.summary.lowered} lower, ${whatIf.summary.unchanged} the same. Mean ${formatPercent(round(whatIf.summary.meanBefore))} → ${formatPercent(round(whatIf.summary.meanAfter))}.`}
            {whatIf.summary.incomplete > 0 && ` ${whatIf.summary.incomplete} could not be carried over in full (their new score is provisional).`} Completed scorecards are not changed.
          </p>
          {whatIf.summary.transitions.length > 0 && (
            <table className="table" aria-label="Band changes">
              <thead>
                <tr>
                  <th scope="col">Band now</th>
                  <th scope="col">Band under the draft</th>
                  <th scope="col" className="table__numeric">
                    Scorecards
                  </th>
                </tr>
              </thead>
              <tbody>
                {whatIf.summary.transitions.map((t) => (
                  <tr key={`${t.from.bandId}>${t.to.bandId}`}>
                    <td>{t.from.bandLabel}</td>
                    <td>{t.to.bandLabel}</td>
                    <td className="table__numeric">{t.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {whatIf.scorecards.length > 0 && (
            <table className="table" aria-label="Rescored scorecards">
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col">Interaction</th>
                  <th scope="col">Now</th>
                  <th scope="col">Under the draft</th>
                  <th scope="col" className="table__numeric">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {whatIf.scorecards.slice(0, SHOWN).map((r) => (
                  <tr key={r.scorecardId} className={r.bandChanged ? 'what-if__moved' : undefined}>
                    <th scope="row">{r.agentName}</th>
                    <td>{formatDateTime(r.occurredAt)}</td>
                    <td>
                      {formatPercent(r.before.rounded)} {r.before.bandLabel}
                    </td>
                    <td>
                      {formatPercent(r.after.rounded)} {r.after.bandLabel}
                      {r.after.provisional && <span className="u-muted"> (provisional: {r.notCarried.map((c) => c.reason).join(' ')})</span>}
                    </td>
                    <td className="table__numeric">{signed(r.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {whatIf.scorecards.length > SHOWN && <p className="u-muted">The first {SHOWN} of {whatIf.scorecards.length} are listed; the summary counts all.</p>}
        </div>
      )}
    </div>
  );
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
