import { useId, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api/templates';
import { errorMessage } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate } from '../../router/router';
import { useTemplatesLibrary } from '../../stores/templates-library';
import './ImportTemplate.css';

const outcomeWords = (outcome: Exclude<ImportOutcome, { outcome: 'refused' }>) =>
  outcome.outcome === 'draft'
    ? 'Imported as a new template’s draft: check it, then publish it.'
    : outcome.outcome === 'installed'
      ? `Imported version ${outcome.version}, read-only, with the ids it was published under.`
      : `This install already has version ${outcome.version} of that template.`;

/** A template file (.json) from anywhere; refused files say why, at each field, and change nothing. */
export function ImportTemplate() {
  const importFile = useTemplatesLibrary((s) => s.importFile);
  const [refusal, setRefusal] = useState<Extract<ImportOutcome, { outcome: 'refused' }> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ templateId: string; words: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    setRefusal(null);
    setFailure(null);
    setDone(null);
    try {
      const outcome = await importFile(file);
      if (outcome.outcome === 'refused') setRefusal(outcome);
      else setDone({ templateId: outcome.templateId, words: outcomeWords(outcome) });
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="panel import-template" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import a template file</h2>
      <div className="field">
        <label htmlFor={id}>Template file (.json)</label>
        <input ref={input} id={id} type="file" accept=".json,application/json" onChange={(e) => void chosen(e.target.files?.[0])} />
      </div>
      <ErrorNotice message={failure} />
      {refusal && (
        <div role="alert" className="notice notice--error">
          <p className="import-template__reason">Not imported: {refusal.errors.length ? 'the template has errors.' : refusal.message}</p>
          {refusal.errors.length > 0 && (
            <ul className="import-template__errors">
              {refusal.errors.map((e) => (
                <li key={`${e.field}:${e.message}`}>
                  <code className="field__path">{e.field}</code>: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && (
        <p role="status" className="status-line">
          {done.words}{' '}
          <button type="button" className="link-button" onClick={() => navigate({ name: 'template', id: done.templateId })}>
            Open it
          </button>
        </p>
      )}
    </section>
  );
}
