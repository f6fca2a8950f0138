import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import WaveSurfer from 'wavesurfer.js';
import { usePlayer } from '../stores/player';
import { positionText } from './format-time';
import './Waveform.css';

/** Fired on window once the waveform (or the plain bar that stands in for it) is on screen: the bench waits on it. */
const WAVEFORM_DRAWN_EVENT = 'callmark:waveform-drawn';

type Drawn = 'pending' | 'waveform' | 'bar';

/**
 * The recording's waveform as a position slider: click anywhere to go there,
 * ← → 5 s, Page Up/Down 15 s, Home/End. wavesurfer.js draws precomputed peaks
 * over our own <audio> element, so a one-hour file is never fetched or decoded
 * in the page; formats the backend cannot measure get a plain progress bar
 * rather than a decode that would freeze the window.
 */
export function Waveform() {
  const audio = usePlayer((s) => s.audio);
  const peaks = usePlayer((s) => s.peaks);
  const position = usePlayer((s) => s.position);
  const storedDuration = usePlayer((s) => s.duration);
  const seek = usePlayer((s) => s.seek);
  const canvas = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn>('pending');

  const duration = storedDuration ?? (peaks.state === 'ready' ? peaks.duration : null);

  useEffect(() => {
    if (!audio || peaks.state !== 'ready' || !canvas.current) return;
    const styles = getComputedStyle(canvas.current);
    const surfer = WaveSurfer.create({
      container: canvas.current,
      media: audio,
      peaks: [peaks.peaks],
      duration: peaks.duration,
      height: 56,
      // Our slider takes the clicks and keys, so there is one way to seek and one place that saves it.
      interact: false,
      normalize: true,
      barWidth: 2,
      barGap: 1,
      barRadius: 1,
      waveColor: styles.getPropertyValue('--wave').trim() || '#9aa3b0',
      progressColor: styles.getPropertyValue('--wave-progress').trim() || '#1f5fbf',
      cursorColor: styles.getPropertyValue('--wave-cursor').trim() || '#174a96',
      cursorWidth: 2,
    });
    const done = surfer.on('redrawcomplete', () => {
      done();
      setDrawn('waveform');
    });
    return () => {
      done();
      // The element is ours (external media): destroy leaves it playing and only removes the drawing.
      surfer.destroy();
      setDrawn('pending');
    };
  }, [audio, peaks]);

  useEffect(() => {
    if (peaks.state === 'unavailable' && audio) setDrawn('bar');
  }, [peaks, audio]);

  useEffect(() => {
    if (drawn !== 'pending') window.dispatchEvent(new CustomEvent(WAVEFORM_DRAWN_EVENT, { detail: { kind: drawn, at: performance.now() } }));
  }, [drawn]);

  const seekFromPointer = (event: MouseEvent<HTMLDivElement>) => {
    if (!duration) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    seek(((event.clientX - box.left) / box.width) * duration);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -15, PageUp: 15 };
    let to: number | null = null;
    if (event.key in steps) to = position + (steps[event.key] ?? 0);
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End' && duration) to = duration;
    if (to === null) return;
    // Handled here: ↑ ↓ Home End would otherwise move through the checklist.
    event.preventDefault();
    seek(to);
  };

  const progress = duration ? Math.min(100, (position / duration) * 100) : 0;
  const whyNoWaveform = peaks.state === 'unavailable' ? peaks.message : null;
  return (
    <>
      <div
        className="waveform"
        role="slider"
        tabIndex={0}
        aria-label="Position in the recording"
        aria-valuemin={0}
        aria-valuemax={duration ? Math.round(duration * 10) / 10 : 0}
        aria-valuenow={Math.round(position * 10) / 10}
        aria-valuetext={positionText(position, duration)}
        data-waveform={drawn}
        onClick={seekFromPointer}
        onKeyDown={onKeyDown}
      >
        {peaks.state === 'ready' ? (
          <div ref={canvas} className="waveform__canvas" />
        ) : (
          <div className="waveform__bar" aria-hidden="true">
            <div className="waveform__bar-progress" style={{ width: `${progress}%` }} />
            {peaks.state === 'loading' && <span className="waveform__loading">Drawing waveform…</span>}
          </div>
        )}
      </div>
      {whyNoWaveform && <p className="waveform__why-none">{whyNoWaveform}</p>}
    </>
  );
}
