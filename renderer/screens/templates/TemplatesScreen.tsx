import { useEffect, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatHash } from '../../router/route';
import { useTemplatesLibrary } from '../../stores/templates-library';
import { ImportTemplate } from './ImportTemplate';
import { NewTemplateForm } from './NewTemplateForm';
import { statusWords } from './status-words';
import './TemplatesScreen.css';

/** Every template: the built-in one, those made here, colleagues' shared ones; new ones and imported files. */
export function TemplatesScreen() {
  const items = useTemplatesLibrary((s) => s.items);
  const loaded = useTemplatesLibrary((s) => s.loaded);
  const loadError = useTemplatesLibrary((s) => s.loadError);
  const load = useTemplatesLibrary((s) => s.load);
  const [showArchived, setShowArchived] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const shown = showArchived ? items : items.filter((t) => !t.archived);
  const archived = items.length - items.filter((t) => !t.archived).length;

  return (
    <div className="screen">
      <ScreenHeading>Templates</ScreenHeading>
      <p className="screen__lead">
        A template is the form reviewers score against. Build one, publish it as a version, and change it later without touching what was scored:
        every scorecard keeps the version it was scored on.
      </p>
      <div className="templates-screen__start">
        <NewTemplateForm />
        <ImportTemplate />
      </div>
      <ErrorNotice message={loadError} />
      {shown.length === 0 ? (
        <p className="empty">{loaded ? 'No templates to show.' : 'Loading templates…'}</p>
      ) : (
        <table className="table" aria-label="Templates">
          <thead>
            <tr>
              <th scope="col">Template</th>
              <th scope="col">State</th>
              <th scope="col" className="table__numeric">
                Scorecards
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => (
              <tr key={t.templateId} className={t.archived ? 'templates-screen__archived' : undefined}>
                <th scope="row">
                  <a href={formatHash({ name: 'template', id: t.templateId })}>{t.name}</a>
                </th>
                <td>{statusWords(t)}</td>
                <td className="table__numeric">{t.scorecards}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {archived > 0 && (
        <label className="choice templates-screen__toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived templates ({archived})
        </label>
      )}
    </div>
  );
}
