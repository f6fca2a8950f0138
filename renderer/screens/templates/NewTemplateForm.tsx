import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate } from '../../router/router';
import { useTemplatesLibrary } from '../../stores/templates-library';

/** A name, and the new template opens in the builder with one section and the seed's bands to start from. */
export function NewTemplateForm() {
  const create = useTemplatesLibrary((s) => s.create);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Give the template a name.');
      return;
    }
    setBusy(true);
    try {
      navigate({ name: 'template', id: await create(name.trim()) });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <form className="panel form" aria-label="New template" onSubmit={submit} noValidate>
      <h2>New template</h2>
      <div className="field">
        <label htmlFor={id}>Name</label>
        <input id={id} type="text" value={name} maxLength={500} onChange={(e) => setName(e.target.value)} />
      </div>
      <ErrorNotice message={error} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Create and build
        </button>
      </div>
    </form>
  );
}
