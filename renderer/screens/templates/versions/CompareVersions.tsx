import { useId, useState } from 'react';
import type { TemplateVersionInfo } from '../../../../shared/api/templates';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { useTemplateVersions } from '../../../stores/templates-versions';

function VersionSelect({ label, versions, value, onChange }: { label: string; versions: readonly TemplateVersionInfo[]; value: string; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            Version {v.version}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Any two versions, compared in words: elements added, removed, reworded, points, weights, bands moved. */
export function CompareVersions() {
  const versions = useTemplateDraft((s) => s.detail?.versions ?? []);
  const comparison = useTemplateVersions((s) => s.comparison);
  const compare = useTemplateVersions((s) => s.compare);
  const [fromId, setFromId] = useState(versions.at(-2)?.id ?? '');
  const [toId, setToId] = useState(versions.at(-1)?.id ?? '');
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
        <VersionSelect label="From" versions={versions} value={fromId} onChange={setFromId} />
        <VersionSelect label="To" versions={versions} value={toId} onChange={setToId} />
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
