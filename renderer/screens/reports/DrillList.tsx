import { useEffect, useId, useRef } from 'react';
import { channelLabels, type Channel } from '../../../shared/schemas/interaction';
import { formatHash } from '../../router/route';
import { shown } from '../../model/reports/views';
import { useReports } from '../../stores/reports';

/** The scorecards behind the chosen cell of a chart or table. */
export function DrillList() {
  const drill = useReports((s) => s.drill);
  const close = useReports((s) => s.closeCell);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (drill && !drill.loading) heading.current?.focus();
  }, [drill]);
  if (!drill) return null;
  const withAnswer = drill.cell.elementId !== undefined;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="report-panel__head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Scorecards behind: {drill.title}
        </h2>
        <button type="button" className="button" onClick={close}>
          Close list
        </button>
      </div>
      {drill.loading ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <p role="status" className="u-muted">
            {drill.total} scorecard{drill.total === 1 ? '' : 's'}
            {drill.total > drill.items.length ? `, the newest ${drill.items.length} shown` : ''}.
          </p>
          <div className="report-panel__table">
            <table className="table" aria-label={`Scorecards behind ${drill.title}`}>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Agent</th>
                  <th scope="col">Reviewer</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Reference</th>
                  <th scope="col">Score %</th>
                  <th scope="col">Band</th>
                  {withAnswer && <th scope="col">Answer</th>}
                  <th scope="col">Whose</th>
                </tr>
              </thead>
              <tbody>
                {drill.items.map((s) => (
                  <tr key={s.scorecardId}>
                    <td>{s.source === 'mine' ? <a href={formatHash({ name: 'review', id: s.scorecardId })}>{s.day}</a> : s.day}</td>
                    <td>{s.agentName}</td>
                    <td>{s.reviewerName}</td>
                    <td>{channelLabels[s.channel as Channel] ?? s.channel}</td>
                    <td>{s.reference || '—'}</td>
                    <td>{shown(s.percent)}</td>
                    <td>{s.band}</td>
                    {withAnswer && <td>{s.answer ?? '—'}</td>}
                    <td>{s.source === 'mine' ? 'Mine' : "A colleague's"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
