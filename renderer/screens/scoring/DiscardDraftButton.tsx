import { useState } from 'react';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import { DiscardDialog } from './DiscardDialog';
import './DiscardDraftButton.css';

/** Out of the way under Complete: discarding is rare, and it always asks first. */
export function DiscardDraftButton({ scorecard }: { scorecard: Scorecard }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="link-button discard-draft-button" onClick={() => setConfirming(true)}>
        Discard draft…
      </button>
      {confirming && <DiscardDialog scorecard={scorecard} onClose={() => setConfirming(false)} />}
    </>
  );
}
