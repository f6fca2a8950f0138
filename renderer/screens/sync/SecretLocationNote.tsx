import { useEffect, useState } from 'react';
import type { SecretLocation } from '../../../shared/api/server-sync';
import { api } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { secretLocationText } from './sync-words';

/**
 * Says where the token will be kept — the OS keychain, or (browser host, Linux
 * without a keyring) a file only this user can read — so the user knows
 * before typing it. The page never gets the token back.
 */
export function SecretLocationNote({ id }: { id: string }) {
  const [location, setLocation] = useState<SecretLocation | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api['sync.server.secretLocation']({})
      .then((value) => current && setLocation(value))
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, []);
  if (error) {
    return (
      <p id={id} className="field-error">
        Where tokens are kept is unknown: {error}
      </p>
    );
  }
  return (
    <p id={id} className={`field-hint secret-location${location?.protection === 'user-only-file' ? ' secret-location-file' : ''}`}>
      {location ? secretLocationText(location) : 'Finding out where the token will be kept…'}
    </p>
  );
}
