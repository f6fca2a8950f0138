import { memo, useDeferredValue, useMemo } from 'react';
import { formatPercent } from '../../../../shared/scoring';
import { bandProbes, PROBE_SCORES, sampleScores } from '../../../../shared/templates/preview';
import { useTemplateDraft } from '../../../stores/templates-draft';
import './Preview.css';

const isProbe = (p: number) => (PROBE_SCORES as readonly number[]).includes(p);

/**
 * The draft at work, scored by the same engine as the scoring screen: where
 * scores land in its bands (69.99, 70, 90 and 90.01, and each of its own
 * boundaries), and sample scorecards with its weights and critical elements.
 * Shown once the draft has no problem.
 */
export const Preview = memo(function Preview() {
  // Scoring the samples may take a few frames on a large template: it never holds up a key press.
  const valid = useDeferredValue(useTemplateDraft((s) => s.valid));
  const probes = useMemo(() => (valid ? bandProbes(valid) : []), [valid]);
  const samples = useMemo(() => (valid ? sampleScores(valid) : []), [valid]);

  return (
    <section className="panel preview" aria-labelledby="preview-title" id="template-preview" tabIndex={-1}>
      <h2 id="preview-title">Preview</h2>
      {!valid ? (
        <p className="empty">The preview shows once the draft has no problem.</p>
      ) : (
        <div className="preview__parts">
          <table className="table preview__table" aria-label="Where scores land">
            <thead>
              <tr>
                <th scope="col" className="table__numeric">
                  Score
                </th>
                <th scope="col">Band</th>
              </tr>
            </thead>
            <tbody>
              {probes.map((p) => (
                <tr key={p.percent} className={isProbe(p.percent) ? 'preview__probe' : undefined}>
                  <th scope="row" className="table__numeric">
                    {p.percent} %
                  </th>
                  <td>{p.bandLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table preview__table" aria-label="Sample scorecards">
            <thead>
              <tr>
                <th scope="col">Sample</th>
                <th scope="col" className="table__numeric">
                  Score
                </th>
                <th scope="col">Band</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((sample) => (
                <tr key={sample.name}>
                  <th scope="row">
                    {sample.name}
                    <span className="preview__description">{sample.description}</span>
                  </th>
                  <td className="table__numeric">{formatPercent(sample.result.overall?.rounded)}</td>
                  <td>
                    {sample.result.bandLabel}
                    {sample.result.automaticFail && <span className="danger-tag"> Automatic fail</span>}
                    {!sample.result.meetsTarget && <span className="preview__below"> below target</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
