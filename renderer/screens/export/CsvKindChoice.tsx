import type { CsvKind } from '../../../shared/api/server-sync';
import './CsvKindChoice.css';

const kinds: { kind: CsvKind; label: string; hint: string }[] = [
  { kind: 'scorecards', label: 'One row per scorecard', hint: 'score, band, counts of met and not met' },
  { kind: 'sections', label: 'One row per section', hint: 'each section’s score and band' },
  { kind: 'answers', label: 'One row per answer', hint: 'every element’s answer and comment' },
];

export function CsvKindChoice({ value, onChange, disabled }: { value: CsvKind; onChange: (kind: CsvKind) => void; disabled: boolean }) {
  return (
    <fieldset className="field" disabled={disabled}>
      <legend>Rows</legend>
      {kinds.map((k) => (
        <label key={k.kind} className="choice csv-kind-choice__option">
          <input type="radio" name="csv-kind" value={k.kind} checked={value === k.kind} onChange={() => onChange(k.kind)} />
          <span>
            {k.label} <span className="u-muted">— {k.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
