import { useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatDateTime } from '../../../format/dates';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { useTemplateVersions } from '../../../stores/templates-versions';
import { downloadFile } from '../../export/download-file';
import { CompareVersions } from './CompareVersions';
import { ContinuityView } from './ContinuityView';

/** Every published version, never changed: its file, how it continues the one before, and any two compared. */
export function VersionsPanel() {
  const versions = useTemplateDraft((s) => s.detail?.versions ?? []);
  const exportFile = useTemplateVersions((s) => s.exportFile);
  const showContinuity = useTemplateVersions((s) => s.showContinuity);
  const error = useTemplateVersions((s) => s.error);
  const [exportError, setExportError] = useState<string | null>(null);

  const save = async (versionId: string) => {
    setExportError(null);
    try {
      const { fileName, text } = await exportFile(versionId);
      downloadFile(new Blob([text], { type: 'application/json' }), fileName);
    } catch (e) {
      setExportError(errorMessage(e));
    }
  };

  return (
    <section className="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">Published versions</h2>
      <table className="table" aria-label="Versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col" className="table__numeric">
              Scorecards
            </th>
            <th scope="col">
              <span className="u-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.id}>
              <th scope="row">
                {v.version} — {v.name}
              </th>
              <td>
                {formatDateTime(v.publishedAt)}
                {v.publishedBy && ` by ${v.publishedBy}`}
              </td>
              <td className="table__numeric">{v.scorecards}</td>
              <td className="toolbar">
                <button type="button" className="button button--small" onClick={() => void save(v.id)}>
                  Export file<span className="u-visually-hidden"> of version {v.version}</span>
                </button>
                {v.previousVersionId && (
                  <button type="button" className="button button--small" onClick={() => void showContinuity(v.id)}>
                    Trends across<span className="u-visually-hidden"> version {v.version}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNotice message={exportError ?? error} />
      <ContinuityView />
      {versions.length > 1 && <CompareVersions />}
    </section>
  );
}
