import { useState } from 'react';
import type { TargetView } from '../../../shared/api/sync';
import { errorMessage } from '../../api/errors';
import { useSync } from '../../stores/sync';
import { useSyncInstalls } from '../../stores/sync-installs';
import { EditTargetDialog } from './EditTargetDialog';
import { ImportReportView } from './ImportReportView';
import { OutboxItems } from './OutboxItems';
import { RemoveTargetDialog } from './RemoveTargetDialog';
import { ShareRecovery } from './ShareRecovery';
import { canRetry, importedText, kindLabel, whereOf } from './sync-words';
import { TargetStatusView } from './TargetStatusView';
import './TargetCard.css';

interface Props {
  target: TargetView;
  /** A sentence for the screen's status line: what an action did. */
  onMessage: (message: string) => void;
}

/** One target: what and where it is, how it is doing, and what can be done about it. */
export function TargetCard({ target, onMessage }: Props) {
  const status = useSync((s) => s.status[target.id]);
  const load = useSync((s) => s.load);
  const retryTarget = useSync((s) => s.retry);
  const importTarget = useSync((s) => s.importNow);
  const loadInstalls = useSyncInstalls((s) => s.load);
  const update = useSync((s) => s.update);
  const [busy, setBusy] = useState<'retry' | 'import' | 'toggle' | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `target-${target.id}`;
  const isFolder = target.config.kind === 'folder';

  const act = async (kind: 'retry' | 'import' | 'toggle', work: () => Promise<string>) => {
    setBusy(kind);
    setError(null);
    try {
      onMessage(await work());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      await load();
    }
  };

  const retry = () =>
    act('retry', async () => {
      const retried = await retryTarget(target.id);
      return retried ? `${target.name}: trying ${retried} ${retried === 1 ? 'scorecard' : 'scorecards'} again now.` : `${target.name}: nothing to retry.`;
    });

  const importNow = () =>
    act('import', async () => {
      const report = await importTarget(target.id);
      // An import may meet new keys (or a second key in a colleague's name): the keys panel shows them at once.
      await loadInstalls();
      return report.outcome === 'done' ? `${target.name}: ${importedText(report)}.${report.message ? ` ${report.message}` : ''}` : `${target.name}: ${report.message ?? 'the import did not finish.'}`;
    });

  const toggle = (enabled: boolean) =>
    act('toggle', async () => {
      await update({ targetId: target.id, enabled });
      return enabled ? `${target.name} is on: waiting scorecards are sent now.` : `${target.name} is paused: nothing is sent to it until you turn it back on.`;
    });

  return (
    <section className="panel target-card" aria-labelledby={headingId}>
      <div className="target-card__head">
        <h2 id={headingId}>{target.name}</h2>
        <span className="target-card__kind">{kindLabel(target.config.kind)}</span>
        <label className="choice target-card__enabled">
          <input type="checkbox" checked={target.enabled} disabled={busy === 'toggle'} onChange={(e) => void toggle(e.target.checked)} />
          Enabled
        </label>
      </div>
      <p className="target-card__where">
        <span className="u-visually-hidden">{isFolder ? 'Folder: ' : 'URL: '}</span>
        <code>{whereOf(target.config)}</code>
      </p>
      {status ? <TargetStatusView status={status} /> : <p className="u-muted">Reading the status…</p>}
      {status?.recovery && <ShareRecovery target={target} recovery={status.recovery} onMessage={onMessage} />}
      <div className="target-card__actions">
        <button type="button" className="button" onClick={() => void retry()} disabled={busy !== null || !canRetry(status)}>
          {busy === 'retry' ? 'Retrying…' : 'Retry now'}
        </button>
        <button type="button" className="button" onClick={() => void importNow()} disabled={busy !== null}>
          {busy === 'import' ? 'Importing…' : 'Import now'}
        </button>
        <button type="button" className="button" onClick={() => setDialog('edit')}>
          Edit…
        </button>
        <button type="button" className="button" onClick={() => setDialog('remove')}>
          Remove…
        </button>
      </div>
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
      {status?.lastImport && <ImportReportView report={status.lastImport} />}
      <OutboxItems targetId={target.id} counts={status?.counts ?? null} />
      {dialog === 'edit' && (
        <EditTargetDialog
          target={target}
          onClose={() => setDialog(null)}
          onSaved={(text) => {
            setDialog(null);
            onMessage(text);
            void load();
          }}
        />
      )}
      {dialog === 'remove' && (
        <RemoveTargetDialog
          target={target}
          counts={status?.counts ?? null}
          onClose={() => setDialog(null)}
          onRemoved={(text) => {
            onMessage(text);
            void load();
          }}
        />
      )}
    </section>
  );
}
