import { useEffect, useState, type FormEvent } from 'react';
import type { TargetConfigInput, TargetView } from '../../../shared/api/sync';
import type { FileGrant } from '../../../shared/schemas/media';
import { errorMessage } from '../../api/errors';
import { isDesktopApp } from '../../api/files';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormField } from '../../components/FormField';
import { useSync } from '../../stores/sync';
import { useSyncServer } from '../../stores/sync-server';
import { ConnectionTest } from './ConnectionTest';
import { FolderChooser } from './FolderChooser';
import { ServerFields, type ServerFieldValues } from './ServerFields';
import { serverFieldProblems, testTimeoutMs, timeoutMs } from './server-form';

interface Props {
  target: TargetView;
  onClose: () => void;
  onSaved: (message: string) => void;
}

type Errors = Partial<Record<'name' | 'path' | keyof ServerFieldValues, string>>;

/**
 * Rename, pause or resume, and for a server its address and token (replaced,
 * never shown). A folder's path may change only to where the same share now
 * is (a remapped drive): the backend checks the marker and refuses otherwise.
 */
export function EditTargetDialog({ target, onClose, onSaved }: Props) {
  const update = useSync((s) => s.update);
  const readTokenSet = useSyncServer((s) => s.tokenSet);
  const config = target.config;
  const [name, setName] = useState(target.name);
  const [enabled, setEnabled] = useState(target.enabled);
  const [path, setPath] = useState(config.kind === 'folder' ? config.path : '');
  // The desktop app moves a folder target only through a new choice in the folder dialog.
  const [grant, setGrant] = useState<FileGrant | null>(null);
  const chooseFolder = useSync((s) => s.chooseFolder);
  const [server, setServer] = useState<ServerFieldValues>({
    url: config.kind === 'server' ? config.url : '',
    token: '',
    timeoutSeconds: config.kind === 'server' ? String(Math.round(config.timeoutMs / 1000)) : '15',
  });
  const [tokenSet, setTokenSet] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (config.kind !== 'server') return;
    let current = true;
    void readTokenSet(target.id).then((set) => current && setTokenSet(set));
    return () => {
      current = false;
    };
  }, [config.kind, target.id, readTokenSet]);

  const validate = (forTest: boolean): boolean => {
    const found: Errors = {};
    if (!forTest && !name.trim()) found.name = 'A target needs a name.';
    if (config.kind === 'folder' && !path.trim()) found.path = 'Type the folder’s full path.';
    if (config.kind === 'server') Object.assign(found, serverFieldProblems(server, false));
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const nextConfig = (): TargetConfigInput | undefined => {
    if (config.kind === 'folder' && grant) return { kind: 'folder', grantId: grant.grantId };
    if (config.kind === 'folder') return path.trim() !== config.path ? { kind: 'folder', path: path.trim() } : undefined;
    const next = { kind: 'server' as const, url: server.url.trim(), timeoutMs: timeoutMs(server.timeoutSeconds) ?? config.timeoutMs };
    return next.url !== config.url || next.timeoutMs !== config.timeoutMs ? next : undefined;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !validate(false)) return;
    setBusy(true);
    setError(null);
    try {
      const changed = nextConfig();
      const token = config.kind === 'server' ? server.token.trim() : '';
      // The token goes with the address in one call: a token never meets a URL it was not given for.
      const updated = await update({
        targetId: target.id,
        ...(name.trim() !== target.name ? { name: name.trim() } : {}),
        ...(enabled !== target.enabled ? { enabled } : {}),
        ...(changed ? { config: changed } : {}),
        ...(token ? { token } : {}),
      });
      onSaved(
        `${updated.name} saved.${token ? ' The new token is used from the next attempt; “Retry now” sends what failed for want of it.' : ''}${updated.notice ? ` ${updated.notice}` : ''}`,
      );
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Edit ${target.name}`} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate aria-label="Edit target">
        <FormField label="Name" error={errors.name}>
          {(field) => <input {...field} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} data-autofocus />}
        </FormField>
        <label className="choice">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          Enabled: send completed scorecards to this target
        </label>
        {config.kind === 'folder' && isDesktopApp() ? (
          <FolderChooser
            choose={chooseFolder}
            hint="Choose another folder only if the same share is now somewhere else (a drive mapped to a new letter, a moved folder)."
            error={errors.path}
            chosen={grant ? grant.fileName : config.path}
            onChosen={setGrant}
          />
        ) : config.kind === 'folder' ? (
          <FormField label="Folder" hint="Only if the same share is now somewhere else (a drive mapped to a new letter, a moved folder)." error={errors.path}>
            {(field) => <input {...field} type="text" className="field__path" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />}
          </FormField>
        ) : (
          <>
            <ServerFields values={server} errors={errors} onChange={setServer} tokenRequired={false} tokenSet={tokenSet} />
            <ConnectionTest
              input={() =>
                validate(true)
                  ? {
                      url: server.url.trim(),
                      ...(server.token.trim() ? { token: server.token.trim() } : { targetId: target.id }),
                      timeoutMs: testTimeoutMs(server.timeoutSeconds),
                    }
                  : null
              }
            />
          </>
        )}
        <ErrorNotice message={error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
