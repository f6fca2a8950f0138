import { useHostStatus } from '../api/host-status';
import './HostRestartedNotice.css';

/**
 * The browser host refused this page's access token: it was restarted (each
 * start has a new token). Says so plainly, and how to carry on without
 * losing anything: the unsaved changes wait in this page (the transport holds
 * them) and go out once the new address is pasted into this same tab.
 */
export function HostRestartedNotice() {
  const refused = useHostStatus((s) => s.tokenRefused);
  if (!refused) return null;
  return (
    <div className="notice notice--error host-restarted-notice" role="alert">
      <p>
        <strong>Callmark’s browser host was restarted, so this page’s access key no longer works.</strong>
      </p>
      <p>
        Copy the address the host printed when it started (it begins with http://127.0.0.1: and ends with #token=…) and paste it into this
        tab’s address bar. What you typed is kept in this page and saved as soon as you do. Do not reload or close this tab before then.
      </p>
    </div>
  );
}
