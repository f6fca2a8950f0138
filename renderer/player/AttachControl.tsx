import { useState } from 'react';
import { isDesktopApp } from '../api/files';
import { usePlayer } from '../stores/player';
import { DetachDialog } from './DetachDialog';
import { PathForm } from './PathForm';
import './AttachControl.css';

/**
 * Attaching, locating and detaching the recording. The desktop app uses its
 * native dialog (and drag and drop); the browser host, a development and test
 * host, takes a path. A completed review may still locate its moved file (the
 * same recording, nothing it says changes) but not attach or detach one.
 */
export function AttachControl({ readOnly }: { readOnly: boolean }) {
  const media = usePlayer((s) => s.media);
  const busy = usePlayer((s) => s.busy);
  const attach = usePlayer((s) => s.attach);
  const relink = usePlayer((s) => s.relink);
  const chooseFile = usePlayer((s) => s.chooseFile);
  const [detaching, setDetaching] = useState(false);
  if (!media) return null;

  const desktop = isDesktopApp();
  const locate = media.status === 'missing' || media.status === 'changed';
  const canAttach = !readOnly && media.status === 'none';

  return (
    <div className="attach-control">
      {canAttach &&
        (desktop ? (
          <>
            <button type="button" className="button" onClick={() => void chooseFile('attach')} disabled={busy} data-next-after-file>
              Attach recording…
            </button>
            <p className="u-muted attach-control__hint">or drop an audio file on this screen</p>
          </>
        ) : (
          <PathForm action="Attach" label="Attach a recording" busy={busy} onSubmit={(path) => void attach({ path })} />
        ))}
      {locate &&
        (desktop ? (
          <button type="button" className="button" onClick={() => void chooseFile('locate')} disabled={busy} data-next-after-file>
            Locate file…
          </button>
        ) : (
          <PathForm action="Locate" label="Locate the recording" busy={busy} onSubmit={(path) => void relink({ path })} />
        ))}
      {!readOnly && media.recording && (
        <button type="button" className="link-button attach-control__detach" onClick={() => setDetaching(true)} disabled={busy}>
          Detach recording…
        </button>
      )}
      {detaching && <DetachDialog fileName={media.recording?.fileName ?? 'the recording'} onClose={() => setDetaching(false)} />}
    </div>
  );
}
