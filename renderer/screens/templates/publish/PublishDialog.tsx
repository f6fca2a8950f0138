import { useTemplatePublish } from '../../../stores/templates-publish';
import { ConfirmDialog } from '../ConfirmDialog';

/** The last step: a published version never changes, so it asks once. */
export function PublishDialog({ version }: { version: number }) {
  const phase = useTemplatePublish((s) => s.phase);
  const confirm = useTemplatePublish((s) => s.confirmPublish);
  const cancel = useTemplatePublish((s) => s.cancelPublish);
  const busy = phase === 'publishing';
  return (
    <ConfirmDialog title={`Publish version ${version}?`} confirm={busy ? 'Publishing…' : `Publish version ${version}`} tone="primary" busy={busy} onConfirm={() => void confirm()} onClose={cancel}>
      <p>
        Version {version} will never change. New reviews use it from now on; scorecards already scored, and drafts already started, keep their version.
        Shares and servers receive it.
      </p>
    </ConfirmDialog>
  );
}
