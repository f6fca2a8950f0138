import { useId, useState } from 'react';
import type { FileGrant } from '../../../shared/schemas/media';
import { errorMessage } from '../../api/errors';

interface Props {
  hint: string;
  error?: string | undefined;
  /** The folder chosen so far (its name, or the target's current path), if any. */
  chosen: string | null;
  /** The folder dialog (`sync.targets.chooseFolder`): a grant, or null when cancelled. */
  choose: () => Promise<FileGrant | null>;
  onChosen: (grant: FileGrant) => void;
  autoFocus?: boolean;
}

/**
 * The desktop app's folder field: the folder comes from the native dialog as
 * a grant, and the page never types or sends a path (docs/security.md). The
 * browser host, which has no dialog, keeps a typed full path instead.
 */
export function FolderChooser({ hint, error, chosen, choose, onChosen, autoFocus }: Props) {
  const hintId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const chooseFolder = async () => {
    setProblem(null);
    try {
      const grant = await choose();
      if (grant) onChosen(grant);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const shown = error ?? problem;
  return (
    <fieldset className="field">
      <legend>Folder</legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {chosen && (
        <p>
          <strong>{chosen}</strong>
        </p>
      )}
      <button type="button" className="button" aria-describedby={hintId} onClick={() => void chooseFolder()} data-autofocus={autoFocus || undefined}>
        {chosen ? 'Choose another folder…' : 'Choose folder…'}
      </button>
      {shown && (
        <p role="alert" className="field__error">
          {shown}
        </p>
      )}
    </fieldset>
  );
}
