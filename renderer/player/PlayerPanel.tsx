import { useEffect, useRef, type RefObject } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { useNotes } from '../stores/notes';
import { hasPlayableRecording, usePlayer, usesClock } from '../stores/player';
import { AttachControl } from './AttachControl';
import { ChangedFileDialog } from './ChangedFileDialog';
import { ChannelControls } from './channels/ChannelControls';
import { LiveClock } from './LiveClock';
import { NotesList } from './NotesList';
import { RecordingStatus } from './RecordingStatus';
import { SpeedControl } from './SpeedControl';
import { Transport } from './Transport';
import { usePlayerShortcuts } from './use-player-shortcuts';
import { VolumeControl } from './VolumeControl';
import { Waveform } from './waveform/Waveform';
import './PlayerPanel.css';

/**
 * Attaching, locating or detaching replaces the control that did it, which would drop the focus to the page.
 * Once it is done the focus goes to what comes next: Play for a recording, else the way to attach one.
 */
function useFocusAfterFileChange(panel: RefObject<HTMLElement | null>): void {
  const busy = usePlayer((s) => s.busy);
  const wasBusy = useRef(busy);
  useEffect(() => {
    const done = wasBusy.current && !busy;
    wasBusy.current = busy;
    const active = document.activeElement;
    if (!done || (active && active !== document.body && active.isConnected)) return;
    panel.current?.querySelector<HTMLElement>('[data-next-after-file]')?.focus();
  }, [busy, panel]);
}

interface Props {
  scorecardId: string;
  readOnly: boolean;
  /** Changes when the scorecard is completed, revised or its draft discarded: the media state and notes are read again. */
  version: string;
}

/**
 * The recording (or live clock) and the notes, beside the score: everything
 * for listening while scoring, all of it also on keys (see the ? sheet).
 */
export function PlayerPanel({ scorecardId, readOnly, version }: Props) {
  const media = usePlayer((s) => s.media);
  const loadError = usePlayer((s) => s.loadError);
  const error = usePlayer((s) => s.error);
  const announcement = usePlayer((s) => s.announcement);
  const playable = usePlayer(hasPlayableRecording);
  const clock = usePlayer(usesClock);

  useEffect(() => {
    void usePlayer.getState().load(scorecardId);
    void useNotes.getState().load(scorecardId);
    const save = () => usePlayer.getState().savePositionNow();
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      usePlayer.getState().close();
      useNotes.getState().close();
    };
  }, [scorecardId]);

  const seenVersion = useRef(version);
  useEffect(() => {
    // Not on mount (the effect above loads): only when the scorecard moves on (completed, revised, discarded).
    if (seenVersion.current === version) return;
    seenVersion.current = version;
    void usePlayer.getState().refresh();
    void useNotes.getState().load(scorecardId);
  }, [version, scorecardId]);

  usePlayerShortcuts();
  const panel = useRef<HTMLElement>(null);
  useFocusAfterFileChange(panel);

  return (
    <section ref={panel} className="player-panel" aria-label="Recording and notes">
      <h2 className="player-panel__title">{media?.recording ? 'Recording' : 'Live review'}</h2>
      {loadError && <ErrorNotice message={`The recording could not be checked: ${loadError}`} />}
      <RecordingStatus />
      {playable && (
        <>
          <Waveform />
          <Transport />
          <div className="player-panel__row">
            <SpeedControl />
            <VolumeControl />
          </div>
          <ChannelControls />
        </>
      )}
      {clock && <LiveClock readOnly={readOnly} />}
      <AttachControl readOnly={readOnly} />
      <ErrorNotice message={error} />
      <NotesList readOnly={readOnly} />
      <p className="u-visually-hidden" role="status" aria-live="polite">
        {announcement?.text}
      </p>
      <ChangedFileDialog />
    </section>
  );
}
