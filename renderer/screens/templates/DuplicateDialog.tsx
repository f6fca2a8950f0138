import { useId, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useTemplateDraft } from '../../stores/templates-draft';

interface Props {
  name: string;
  versionId: string;
  onClose: () => void;
  onDone: (templateId: string) => void;
}

/** A new template of this install, starting as a draft copy of the version shown. */
export function DuplicateDialog({ name: initial, versionId, onClose, onDone }: Props) {
  const duplicate = useTemplateDraft((s) => s.duplicate);
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = async () => {
    if (!name.trim()) return setError('Give the new template a name.');
    try {
      onDone(await duplicate(versionId, name.trim()));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Dialog title="Duplicate as a new template" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>Name of the new template</label>
          <input id={id} type="text" data-autofocus value={name} maxLength={500} onChange={(e) => setName(e.target.value)} />
        </div>
        <ErrorNotice message={error} />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            Duplicate
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
