import { useEffect, useRef } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useTemplateDraft } from '../../../stores/templates-draft';
import { useTemplatePublish } from '../../../stores/templates-publish';
import { MapEditor } from './MapEditor';
import { PublishDialog } from './PublishDialog';
import { WhatIfPanel } from './WhatIfPanel';
import './PublishPanel.css';

/**
 * Before a draft becomes a version: what stops it, what changed since the
 * version it continues (in words), how each element carries on (the element
 * map, editable), and how recent scorecards would score under it (what-if).
 */
export function PublishPanel() {
  const phase = useTemplatePublish((s) => s.phase);
  const map = useTemplatePublish((s) => s.map);
  const changes = useTemplatePublish((s) => s.changes);
  const problems = useTemplatePublish((s) => s.problems);
  const error = useTemplatePublish((s) => s.error);
  const requestPublish = useTemplatePublish((s) => s.requestPublish);
  const close = useTemplatePublish((s) => s.close);
  const focusField = useTemplateDraft((s) => s.focusField);
  const nextVersion = useTemplateDraft((s) => (s.detail?.status.latest?.version ?? 0) + 1);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const loading = map === null && !error;
  return (
    <section className="panel publish-panel" aria-labelledby="publish-title">
      <h2 id="publish-title" ref={heading} tabIndex={-1}>
        Publish version {nextVersion}
      </h2>
      <ErrorNotice message={error} />
      {loading && <p role="status">Saving the draft and reading what changed…</p>}
      {problems.length > 0 && (
        <div className="notice notice--error">
          <p>Fix these first:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    close();
                    focusField(p.path, p.field);
                  }}
                >
                  <code className="field__path">{p.field}</code>: {p.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {map && (
        <>
          {map.baseVersionId === null ? (
            <p>This is the first version: there is nothing to compare it with.</p>
          ) : (
            <h3>Changes since version {nextVersion - 1}</h3>
          )}
          {map.baseVersionId === null ? null : changes && changes.length > 0 ? (
            <ul className="publish-panel__changes" aria-label="Changes">
              {changes.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : (
            changes && <p>No change yet.</p>
          )}
          {map.baseVersionId !== null && map.map && <MapEditor />}
          {map.baseVersionId !== null && <WhatIfPanel />}
        </>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={!map || problems.length > 0 || phase !== 'reviewing'} onClick={requestPublish}>
          Publish version {nextVersion}…
        </button>
        <button type="button" className="button" onClick={close}>
          Back to editing
        </button>
      </div>
      {(phase === 'confirming' || phase === 'publishing') && <PublishDialog version={nextVersion} />}
    </section>
  );
}
