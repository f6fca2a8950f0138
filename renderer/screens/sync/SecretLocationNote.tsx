import { useEffect } from 'react';
import { useSyncServer } from '../../stores/sync-server';
import { secretLocationText } from './sync-words';
import './SecretLocationNote.css';

/**
 * Says where the token will be kept — the OS keychain, or (browser host, Linux
 * without a keyring) a file only this user can read — so the user knows
 * before typing it. The page never gets the token back.
 */
export function SecretLocationNote({ id }: { id: string }) {
  const location = useSyncServer((s) => s.secretLocation);
  const error = useSyncServer((s) => s.secretLocationError);
  const load = useSyncServer((s) => s.loadSecretLocation);
  useEffect(() => {
    void load();
  }, [load]);
  if (error) {
    return (
      <p id={id} className="field__error">
        Where tokens are kept is unknown: {error}
      </p>
    );
  }
  return (
    <p id={id} className={`field__hint secret-location-note${location?.protection === 'user-only-file' ? ' secret-location-note--file' : ''}`}>
      {location ? secretLocationText(location) : 'Finding out where the token will be kept…'}
    </p>
  );
}
