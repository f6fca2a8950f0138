import { useState } from 'react';
import type { TemplateContent } from '../../../shared/schemas/template';
import { scoreMethod } from '../../model/scoring/score-method';

/**
 * "How the score is worked out", from the template (issue 13 item 8), folded
 * under the sections. Its words are rendered only while open, so the band
 * names it lists are not a second copy of the band on the page.
 */
export function ScoreMethod({ content }: { content: TemplateContent }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="score-panel__how" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>How the score is worked out</summary>
      {open && scoreMethod(content).map((line) => <p key={line}>{line}</p>)}
    </details>
  );
}
