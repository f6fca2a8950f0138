import { useId, useState } from 'react';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { useTemplateVersions } from '../../../stores/templates-versions';

/** Any two versions, compared in words: elements added, removed, reworded, points, weights, bands moved. */
export function CompareVersions() {
  const versions = useTemplateDraft((s) => s.detail?.versions ?? []);
  const comparison = useTemplateVersions((s) => s.comparison);
  const compare = useTemplateVersions((s) => s.compare);
  const [fromId, setFromId] = useState(versions.at(-2)?.id ?? '');
  const [toId, setToId] = useState(versions.at(-1)?.id ?? '');
  const id = useId();
  const number = (versionId: string) => versions.find((v) => v.id === versionId)?.version;

  return (
    <div className="compare-versions">
      <h3>Compare two versions</h3>
      <form
        className="filter-bar"
        onSubmit={(e) => {
          e.preventDefault();
          void compare(fromId, toId);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <select id={`${id}-from`} value={fromId} onChange={(e) => setFromId(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.version}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <select id={`${id}-to`} value={toId} onChange={(e) => setToId(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.version}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Compare
        </button>
      </form>
      {comparison && (
        <div role="status">
          <p>
            From version {number(comparison.fromId)} to version {number(comparison.toId)}:{' '}
            {comparison.changes.length === 0 ? 'no change.' : `${comparison.changes.length} change${comparison.changes.length === 1 ? '' : 's'}.`}
          </p>
          <ul aria-label="Differences">
            {comparison.changes.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
