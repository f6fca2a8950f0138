import { useState, type FormEvent } from 'react';
import type { FolderInspection } from '../../../shared/api/sync';
import type { FileGrant } from '../../../shared/schemas/media';
import { ApiError } from '../../../shared/api/errors';
import { errorMessage } from '../../api/errors';
import { isDesktopApp } from '../../api/files';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormField } from '../../components/FormField';
import { useSync } from '../../stores/sync';
import { suggestFolderName } from './folder-name';
import { folderVerdict } from './folder-verdict';
import { FolderChooser } from './FolderChooser';
import { FolderVerdict } from './FolderVerdict';

interface Props {
  onClose: () => void;
  onAdded: (message: string) => void;
}

/**
 * Adds a shared folder in two steps: the folder is checked first, and the
 * dialog says what will happen — an empty folder is set up as a new share, a
 * share is adopted (naming whose it is), anything else is refused with the
 * reason — before anything is written. The desktop app picks the folder in its
 * native dialog (a grant: the page never names a path); the browser host takes
 * a typed or pasted full path.
 */
export function AddFolderDialog({ onClose, onAdded }: Props) {
  const inspectFolder = useSync((s) => s.inspectFolder);
  const addTarget = useSync((s) => s.add);
  const chooseFolder = useSync((s) => s.chooseFolder);
  const desktop = isDesktopApp();
  const [path, setPath] = useState('');
  const [grant, setGrant] = useState<FileGrant | null>(null);
  const [name, setName] = useState('');
  const [sendExisting, setSendExisting] = useState(false);
  const [inspection, setInspection] = useState<FolderInspection | null>(null);
  const [pathError, setPathError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const verdict = inspection ? folderVerdict(inspection) : null;

  const check = async (chosen = grant) => {
    if (desktop ? !chosen : !path.trim()) {
      setPathError(desktop ? 'Choose the folder first.' : 'Type or paste the folder’s full path.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const found = await inspectFolder(chosen ? { grantId: chosen.grantId } : { path: path.trim() });
      setInspection(found);
      setPathError(null);
      if (!name.trim()) setName(suggestFolderName(found.path));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (!inspection || verdict === 'refuse') return;
    if (!name.trim()) {
      setNameError('Give the target a name, such as “Team share”.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const target = await addTarget({
        name: name.trim(),
        config: grant ? { kind: 'folder', grantId: grant.grantId } : { kind: 'folder', path: inspection.path },
        ...(verdict === 'adopt' && inspection.share ? { adoptShareId: inspection.share.shareId } : {}),
        sendExisting,
      });
      onAdded(verdict === 'adopt' ? `${target.name}: share adopted. Use “Import now” to read your colleagues’ scorecards.` : `${target.name}: new share set up.`);
    } catch (e) {
      // The folder changed since it was checked (someone set it up meanwhile): check again and say what it is now.
      if (e instanceof ApiError && e.code === 'conflict') await check();
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    void (inspection ? add() : check());
  };

  const primary = !inspection ? (desktop ? null : 'Check folder') : verdict === 'set-up' ? 'Set up share' : verdict === 'adopt' ? 'Adopt share' : null;

  return (
    <Dialog title="Add a shared folder" onClose={onClose} describedBy="add-folder-text">
      <p id="add-folder-text">
        A network drive, or a folder OneDrive, Dropbox or SharePoint keeps in step. Completed scorecards are written there as files; nothing in it is
        ever deleted.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label="Shared folder">
        {desktop ? (
          <FolderChooser
            choose={chooseFolder}
            hint="A network drive, or a folder OneDrive, Dropbox or SharePoint keeps in step."
            error={pathError ?? undefined}
            chosen={inspection?.path ?? grant?.fileName ?? null}
            onChosen={(chosen) => {
              setGrant(chosen);
              setInspection(null);
              void check(chosen);
            }}
            autoFocus
          />
        ) : (
          <FormField
            label="Folder"
            hint="Type or paste the folder’s full path, e.g. /Volumes/Quality, \\server\quality or C:\Users\you\OneDrive\Quality."
            error={pathError ?? undefined}
          >
            {(field) => (
              <input
                {...field}
                type="text"
                className="field__path"
                value={path}
                onChange={(e) => {
                  setPath(e.target.value);
                  // Another folder: what was found about the last one no longer applies.
                  setInspection(null);
                }}
                spellCheck={false}
                autoComplete="off"
                data-autofocus
              />
            )}
          </FormField>
        )}
        {inspection && <FolderVerdict inspection={inspection} />}
        {inspection && verdict !== 'refuse' && (
          <>
            <FormField label="Name" hint="How this target is called in Callmark." error={nameError ?? undefined}>
              {(field) => <input {...field} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
            </FormField>
            <label className="choice">
              <input type="checkbox" checked={sendExisting} onChange={(e) => setSendExisting(e.target.checked)} />
              Also send scorecards completed before now
            </label>
          </>
        )}
        <ErrorNotice message={error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {inspection && (
            <button type="button" className="button" onClick={() => void check()} disabled={busy}>
              Check again
            </button>
          )}
          {primary && (
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Working…' : primary}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
