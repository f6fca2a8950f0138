import { memo } from 'react';
import { numberText, readNumber, type BuilderBand } from '../../../model/templates/draft-model';
import { removeBand, setBandStart, splitBand, updateBand } from '../../../model/templates/edits';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { errorFor, fieldDomId } from './field-ids';
import './BandsEditor.css';

const field = (i: number, name: keyof BuilderBand) => `bands[${i}].${name}`;

/** Where a band ends, in words, from the band above it (bands are edited by where they start). */
const endWords = (band: BuilderBand) => `${numberText(band.to)} %${band.toInclusive ? ' included' : ', not included'}`;

/**
 * The bands, lowest first, edited by where each one starts: the band below
 * ends there, on the other side of the boundary, so no gap can open. Bounds
 * out of order, or a first band not starting at 0, are named at their field.
 */
export const BandsEditor = memo(function BandsEditor() {
  const bands = useTemplateDraft((s) => s.template?.bands ?? []);
  const frozen = useTemplateDraft((s) => s.frozen);
  const errors = useTemplateDraft((s) => s.errors);
  const edit = useTemplateDraft((s) => s.edit);
  const listError = errorFor(errors, 'bands');

  return (
    <section className="panel bands-editor" aria-labelledby="bands-editor-title" id={fieldDomId('bands')} tabIndex={-1}>
      <h2 id="bands-editor-title">Bands</h2>
      <p className="field__hint">Every score from 0 % to 100 % falls in exactly one band. A band runs from where it starts to where the next one starts.</p>
      <table className="table bands-editor__table" aria-label="Bands">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Starts at (%)</th>
            <th scope="col">Includes its start</th>
            <th scope="col">Ends at</th>
            <th scope="col">
              <span className="u-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, i) => {
            const problems = (['label', 'id', 'from', 'fromInclusive', 'to', 'toInclusive'] as const).flatMap((name) => {
              const message = errorFor(errors, field(i, name));
              return message ? [message] : [];
            });
            const errorId = `${fieldDomId(`bands[${i}]`)}-error`;
            const described = problems.length ? errorId : undefined;
            return (
              <tr key={i}>
                <td>
                  <input
                    id={fieldDomId(field(i, 'label'))}
                    type="text"
                    aria-label={`Band ${i + 1} label`}
                    aria-invalid={errorFor(errors, field(i, 'label')) ? true : undefined}
                    aria-describedby={described}
                    value={band.label}
                    onChange={(e) => edit((t) => updateBand(t, i, { label: e.target.value }, frozen))}
                  />
                  {problems.length > 0 && (
                    <p id={errorId} className="field__error">
                      {problems.join(' ')}
                    </p>
                  )}
                </td>
                <td>
                  <input
                    id={fieldDomId(field(i, 'from'))}
                    type="text"
                    inputMode="decimal"
                    aria-label={`Band ${i + 1} starts at`}
                    aria-invalid={errorFor(errors, field(i, 'from')) ? true : undefined}
                    aria-describedby={described}
                    value={numberText(band.from)}
                    onChange={(e) => edit((t) => setBandStart(t, i, readNumber(e.target.value), band.fromInclusive))}
                  />
                </td>
                <td>
                  <input
                    id={fieldDomId(field(i, 'fromInclusive'))}
                    type="checkbox"
                    aria-label={`Band ${i + 1} includes its start`}
                    checked={band.fromInclusive}
                    onChange={(e) => edit((t) => setBandStart(t, i, band.from, e.target.checked))}
                  />
                </td>
                <td id={fieldDomId(field(i, 'to'))}>{endWords(band)}</td>
                <td className="bands-editor__actions">
                  <button type="button" className="button button--small" onClick={() => edit((t) => splitBand(t, i))}>
                    Split
                  </button>
                  <button type="button" className="button button--small" disabled={bands.length < 2} onClick={() => edit((t) => removeBand(t, i))}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {listError && <p className="field__error">{listError}</p>}
    </section>
  );
});
