import { useState } from 'react';
import type { CoachingProfile } from '../../../../shared/api/coaching';
import { dayWords } from '../../../../shared/coaching/words';
import { errorMessage } from '../../../api/errors';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { formatHash } from '../../../router/route';
import { navigate } from '../../../router/router';
import { useCoachingSession } from '../../../stores/coaching-session';

/** Starts a one-to-one over the period on screen, or carries on with the one already in preparation. */
export function StartSession({ profile }: { profile: CoachingProfile }) {
  const start = useCoachingSession((s) => s.start);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (profile.draft) {
    return (
      <a className="button button--primary" href={formatHash({ name: 'coaching', at: { page: 'session', id: profile.draft.id } })}>
        Carry on with the session of {dayWords(profile.draft.heldOn)}
      </a>
    );
  }
  return (
    <div>
      <button
        type="button"
        className="button button--primary"
        disabled={busy || !profile.agent.active || profile.agent.mergedInto !== null}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const started = await start(profile.agent.id, profile.period);
            navigate({ name: 'coaching', at: { page: 'session', id: started } });
          } catch (e) {
            setError(errorMessage(e));
            setBusy(false);
          }
        }}
      >
        Start a session for this period
      </button>
      <ErrorNotice message={error} />
    </div>
  );
}
