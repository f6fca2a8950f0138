import { useState } from 'react';
import './RecoveredNotice.css';

/**
 * Said once per start, prominently, when the backend found the database damaged
 * and moved it aside: the user must know their old data is in that file and not
 * delete it. Dismissing hides it for this start only; the next start is clean.
 */
export function RecoveredNotice({ path }: { path: string | null }) {
  const [dismissed, setDismissed] = useState(false);
  if (!path || dismissed) return null;

  const dismiss = () => {
    setDismissed(true);
    // The button is about to vanish: hand focus to the content rather than let it fall to the page.
    document.querySelector<HTMLElement>('main[tabindex]')?.focus();
  };

  return (
    <div className="notice notice--warning recovered-notice recovered-notice">
      <p role="alert">
        Callmark found its database damaged and moved it to <span className="recovered-notice__path">{path}</span>. A new, empty database was started. Your
        old data may be recoverable from that file — keep it.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
