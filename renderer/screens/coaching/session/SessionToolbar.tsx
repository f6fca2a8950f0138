import { useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { ReviseDialog } from '../../../components/ReviseDialog';
import { formatHash } from '../../../router/route';
import { navigate } from '../../../router/router';
import { useCoachingSession } from '../../../stores/coaching-session';
import { CompleteSessionDialog } from './CompleteSessionDialog';

/** Complete, discard or revise the session, and its coaching pack for paper. */
export function SessionToolbar() {
  const detail = useCoachingSession((s) => s.detail);
  const busy = useCoachingSession((s) => s.busy);
  const discard = useCoachingSession((s) => s.discard);
  const actionError = useCoachingSession((s) => s.actionError);
  const revise = useCoachingSession((s) => s.revise);
  const [dialog, setDialog] = useState<'complete' | 'revise' | null>(null);
  if (!detail) return null;
  const own = detail.session.source === 'mine';
  return (
    <>
      <div className="toolbar" role="group" aria-label="Session">
        {own && !detail.readOnly && (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => setDialog('complete')}>
              Complete session…
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={async () => {
                const revision = detail.session.revision;
                const words = revision === 1 ? 'Discard this draft session? It is deleted.' : `Discard this revision? The session goes back to revision ${revision - 1} as it was completed.`;
                if (!window.confirm(words)) return;
                const outcome = await discard();
                if (outcome === 'deleted') navigate({ name: 'coaching', at: { page: 'profile', agentId: detail.agent.id } });
              }}
            >
              Discard draft
            </button>
          </>
        )}
        {own && detail.readOnly && (
          <button type="button" className="button" onClick={() => setDialog('revise')}>
            Revise…
          </button>
        )}
        {own && (
          <a className="button" href={formatHash({ name: 'coaching', at: { page: 'pack', id: detail.session.id } })}>
            Coaching pack (PDF)…
          </a>
        )}
      </div>
      <ErrorNotice message={actionError} />
      {dialog === 'complete' && <CompleteSessionDialog onClose={() => setDialog(null)} />}
      {dialog === 'revise' && (
        <ReviseDialog
          what="session"
          revision={detail.session.revision}
          startsWith={`what revision ${detail.session.revision} holds`}
          revise={async (reason) => {
            await revise(reason);
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
