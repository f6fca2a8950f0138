import { useState } from 'react';
import type { ServerTestInput, ServerTestResult } from '../../../shared/api/server-sync';
import { errorMessage } from '../../api/errors';
import { useSyncServer } from '../../stores/sync-server';
import { serverTestText } from './sync-words';
import './ConnectionTest.css';

interface Props {
  /** Builds the test's input from the form, or returns null after showing why it cannot run yet. */
  input: () => ServerTestInput | null;
}

/**
 * "Test connection": GET <url>/health with the token, nothing sent, nothing
 * changed on the server. The outcome is said in words and announced.
 */
export function ConnectionTest({ input }: Props) {
  const test = useSyncServer((s) => s.test);
  const [result, setResult] = useState<ServerTestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const query = input();
    if (!query) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await test(query));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="connection-test">
      <button type="button" className="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Testing…' : 'Test connection'}
      </button>
      <p role="status" className={`connection-test__result${result ? (result.ok ? ' connection-test__result--ok' : ' connection-test__result--bad') : ''}`}>
        {result ? serverTestText(result) : (error ?? '')}
      </p>
    </div>
  );
}
