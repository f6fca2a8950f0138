import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTemplateDraft } from '../../stores/templates-draft';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  published: boolean;
  onClose: () => void;
  onDone: (removed: 'draft' | 'template') => void;
}

/** Throwing a draft away asks first; a template never published goes with it. */
export function DiscardDraftDialog({ published, onClose, onDone }: Props) {
  const discard = useTemplateDraft((s) => s.discardDraft);
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      title={published ? 'Discard the draft?' : 'Discard this template?'}
      confirm="Discard"
      tone="danger"
      error={error}
      onClose={onClose}
      onConfirm={() => discard().then(onDone, (e: unknown) => setError(errorMessage(e)))}
    >
      <p>{published ? 'The draft’s changes are lost. The published versions stay as they are.' : 'It was never published: the template and its draft are removed.'}</p>
    </ConfirmDialog>
  );
}
