import { Dialog } from '../../../components/Dialog';
import { useTemplatePublish } from '../../../stores/templates-publish';

/** The last step: a published version never changes, so it asks once. */
export function PublishDialog({ version }: { version: number; templateId: string }) {
  const phase = useTemplatePublish((s) => s.phase);
  const confirm = useTemplatePublish((s) => s.confirmPublish);
  const cancel = useTemplatePublish((s) => s.cancelPublish);
  return (
    <Dialog title={`Publish version ${version}?`} onClose={cancel}>
      <p>
        Version {version} will never change. New reviews use it from now on; scorecards already scored, and drafts already started, keep their version.
        Shares and servers receive it.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--primary" data-autofocus disabled={phase === 'publishing'} onClick={() => void confirm()}>
          {phase === 'publishing' ? 'Publishing…' : `Publish version ${version}`}
        </button>
        <button type="button" className="button" onClick={cancel} disabled={phase === 'publishing'}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
