import { useId, useState, type ReactNode } from 'react';
import type { ReportCell } from '../../../shared/api/reports';
import { tableCsv, type ViewTable } from '../../model/reports/views';
import { downloadFile } from '../export/download-file';
import './ReportPanel.css';

interface Props {
  title: string;
  /** What the view shows, in a sentence. */
  lead: ReactNode;
  /** Null when the view has no chart (a list). */
  chart: ReactNode | null;
  table: ViewTable;
  csvName: string;
  onPick(label: string, cell: ReportCell): void;
  /** Controls of the view (week or month…). */
  extra?: ReactNode;
  /** What a reader must know under either form (where a trend breaks…). */
  footer?: ReactNode;
}

/**
 * One report view: its chart or, at a press, a table of the same numbers (the
 * chart's words for screen readers and keyboard users), the CSV of those
 * numbers, and each row opening the scorecards behind it.
 */
export function ReportPanel({ title, lead, chart, table, csvName, onPick, extra, footer }: Props) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(chart === null);
  const empty = table.rows.length === 0;
  return (
    <section className="panel report-panel" aria-labelledby={headingId}>
      <div className="report-panel__head">
        <h2 id={headingId}>{title}</h2>
        <div className="report-panel__actions">
          {extra}
          {chart !== null && (
            <div role="group" aria-label={`${title}: show as`} className="report-panel__switch">
              <button type="button" className="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
                Chart
              </button>
              <button type="button" className="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
                Table
              </button>
            </div>
          )}
          <button
            type="button"
            className="button"
            aria-label={`CSV of ${title}`}
            disabled={empty}
            onClick={() => downloadFile(new Blob([tableCsv(table)], { type: 'text/csv' }), csvName)}
          >
            CSV
          </button>
        </div>
      </div>
      <p className="u-muted report-panel__lead">{lead}</p>
      {empty ? (
        <p className="empty">No completed scorecards match these filters.</p>
      ) : asTable || chart === null ? (
        <div className="report-panel__table">
          <table className="table" aria-label={title}>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) => (
                    <td key={c}>
                      {c === 0 && row.cell ? (
                        <button type="button" className="link-button" onClick={() => onPick(row.label, row.cell!)}>
                          {String(cell ?? '—')}
                        </button>
                      ) : (
                        String(cell ?? '—')
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        chart
      )}
      {!empty && footer}
    </section>
  );
}
