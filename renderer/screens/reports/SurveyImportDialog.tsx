import { useEffect, useId } from 'react';
import type { SurveyMapping } from '../../../shared/reports/survey/mapping';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useReports } from '../../stores/reports';
import { useSurveys } from '../../stores/surveys';
import './SurveyImportDialog.css';

const FIELDS: { key: 'reference' | 'date' | 'agent' | 'rating' | 'comment'; label: string }[] = [
  { key: 'reference', label: 'Interaction reference' },
  { key: 'date', label: 'Date' },
  { key: 'agent', label: 'Agent' },
  { key: 'rating', label: 'Rating' },
  { key: 'comment', label: 'Comment (optional)' },
];

/** Choose a GovMetric-style CSV, map its columns (remembered), see every bad row, import all or nothing. */
export function SurveyImportDialog({ onClose }: { onClose: () => void }) {
  const { mapping, file, check, busy, error, result, open, choose, setMapping, importFile } = useSurveys();
  const reload = useReports((s) => s.load);
  const fileId = useId();
  const formId = useId();
  useEffect(() => {
    void open();
  }, [open]);
  const columns = check?.columns.length ? check.columns : null;
  const ready = !!check && check.problem === null && check.bad.length === 0 && check.good > 0;
  return (
    <Dialog title="Import customer survey results" onClose={onClose} className="survey-import">
      <p className="u-muted">
        A CSV with one response per row: the interaction's reference, the date, the agent, the rating and a comment. Rows are matched to scored calls by reference.
        A file with any bad row is not imported at all.
      </p>
      <div className="field">
        <label htmlFor={fileId}>Survey file (CSV)</label>
        <input id={fileId} type="file" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])} />
      </div>
      {mapping && (
        <fieldset className="survey-import__mapping" id={formId}>
          <legend>Columns</legend>
          {FIELDS.map(({ key, label }) => (
            <MappingField key={key} label={label} value={mapping[key]} columns={columns} onChange={(v) => void setMapping({ [key]: v })} optional={key === 'comment'} />
          ))}
          <ChoiceField
            label="Dates are written"
            value={mapping.dateFormat}
            options={['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD']}
            onChange={(v) => void setMapping({ dateFormat: v as SurveyMapping['dateFormat'] })}
          />
          <ChoiceField
            label="Encoding, when the file does not say"
            value={mapping.encoding}
            options={['utf-8', 'windows-1252']}
            onChange={(v) => void setMapping({ encoding: v as SurveyMapping['encoding'] })}
          />
          <NumberField label="Lowest rating" value={mapping.ratingMin} onChange={(v) => void setMapping({ ratingMin: v })} />
          <NumberField label="Highest rating" value={mapping.ratingMax} onChange={(v) => void setMapping({ ratingMax: v })} />
        </fieldset>
      )}
      <ErrorNotice message={error ?? check?.problem ?? null} />
      {file && check && !check.problem && (
        <p role="status">
          {check.rows} rows in {file.name} ({check.encoding}): {check.good} to import, {check.alreadyImported} already imported, {check.matched} match a scored call,{' '}
          {check.bad.length} wrong.
        </p>
      )}
      {check && check.bad.length > 0 && (
        <table className="table" aria-label="Rows that cannot be imported">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {check.bad.slice(0, 200).map((b) => (
              <tr key={b.line}>
                <td>{b.line}</td>
                <td>{b.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && <p role="status">{result}</p>}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || busy}
          onClick={() =>
            void importFile().then((done) => {
              if (done) void reload();
            })
          }
        >
          Import
        </button>
      </div>
    </Dialog>
  );
}

function MappingField({ label, value, columns, onChange, optional }: { label: string; value: string; columns: string[] | null; onChange(v: string): void; optional: boolean }) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      {columns ? (
        <select id={id} value={columns.includes(value) ? value : ''} onChange={(e) => onChange(e.target.value)}>
          <option value="">{optional ? '(none)' : 'Choose…'}</option>
          {columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

function ChoiceField({ label, value, options, onChange }: { label: string; value: string; options: string[]; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </div>
  );
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange(v: number): void }) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" value={value} onChange={(e) => onChange(Number(e.target.value))} size={4} />
    </div>
  );
}
