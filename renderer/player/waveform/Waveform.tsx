import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useNotes } from '../../stores/notes';
import { usePlayer } from '../../stores/player';
import { audible } from '../channels/channel-routing';
import { laneNames } from '../channels/lane-names';
import { formatClock, positionText } from '../format-time';
import { coloursOnce, drawLanes, type LaneColours } from './draw-lanes';
import { NoteMarkers } from './NoteMarkers';
import { OverviewStrip } from './OverviewStrip';
import { columnsOf, covers } from './peak-columns';
import { useWidth } from './use-width';
import { isZoomed, timeAt, viewSeconds, wholeView, type ViewWindow } from './view-window';
import { ZoomControls } from './ZoomControls';
import './Waveform.css';

/** Fired on window once the waveform (or the plain bar that stands in for it) is on screen: the bench waits on it. */
const WAVEFORM_DRAWN_EVENT = 'callmark:waveform-drawn';
/** A lane's height in CSS pixels: one lane for mono, one per side for a stereo call. */
const LANE_HEIGHT = { mono: 56, stereo: 40 };
/** Louder than this times the loudest moment is drawn at full height; quiet recordings are scaled up to fill their lanes. */
const MAX_GAIN = 20;

type Drawn = 'pending' | 'waveform' | 'bar';

const SEEK_KEYS: Record<string, number> = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -15, PageUp: 15 };

/**
 * The recording as a position slider over its waveform: click anywhere to go
 * there, ← → 5 s, Page Up/Down 15 s, Home/End. The lanes (one per side of a
 * stereo call) are drawn on a canvas from the backend's peaks: the overview
 * of the whole call, then the zoomed view's own window at its width, so an
 * hour is never fetched or decoded in the page. Zoom, the overview strip, the
 * time under the pointer and the notes' markers are issue 13 item 4.
 */
export function Waveform() {
  const audio = usePlayer((s) => s.audio);
  const peaks = usePlayer((s) => s.peaks);
  const detail = usePlayer((s) => s.detail);
  const storedView = usePlayer((s) => s.view);
  const position = usePlayer((s) => s.position);
  const storedDuration = usePlayer((s) => s.duration);
  const switches = usePlayer((s) => s.switches);
  const agentChannel = usePlayer((s) => s.media?.agentChannel ?? 'unknown');
  const seek = usePlayer((s) => s.seek);
  const zoom = usePlayer((s) => s.zoom);
  const scrollView = usePlayer((s) => s.scrollView);
  const wantDetail = usePlayer((s) => s.wantDetail);
  const notes = useNotes((s) => s.notes);
  const slider = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const colours = useRef<LaneColours | null>(null);
  const width = useWidth(slider);
  const [drawn, setDrawn] = useState<Drawn>('pending');
  const [hover, setHover] = useState<number | null>(null);

  const ready = peaks.state === 'ready' ? peaks : null;
  const duration = storedDuration ?? ready?.duration ?? null;
  const view: ViewWindow | null = ready ? (storedView ?? wholeView(ready.duration)) : duration ? wholeView(duration) : null;
  const lanes = ready ? ready.channelCount : 1;
  const height = lanes > 1 ? LANE_HEIGHT.stereo * lanes : LANE_HEIGHT.mono;

  // Drawn before the browser paints the commit that changed it, so the canvas never shows a stale frame.
  useLayoutEffect(() => {
    if (!ready || !view || !canvas.current || width <= 0) return;
    const perColumn = viewSeconds(view) / width;
    const source = covers(detail, view.from, view.to, Math.max(perColumn, ready.finestSeconds)) && detail ? detail : ready.overview;
    const values = source.channels.map((channel) => columnsOf(channel, source, view.from, view.to, width));
    const playhead = position >= view.from && position <= view.to ? Math.round(((position - view.from) / viewSeconds(view)) * width) : null;
    const heard = lanes === 2 ? audible(switches) : values.map(() => true);
    const gain = ready.loudest > 0 ? Math.min(MAX_GAIN, 1 / ready.loudest) : 1;
    drawLanes(canvas.current, width, height, { lanes: values, heard, playheadX: playhead, gain }, coloursOnce(colours, canvas.current));
    setDrawn('waveform');
  }, [ready, detail, view, position, width, height, lanes, switches]);

  useEffect(() => {
    // The zoomed view's own peaks, at its width; the store drops the answer of a view already left.
    if (ready && view && width > 0 && isZoomed(view, ready.duration)) wantDetail(width);
  }, [ready, view, width, wantDetail]);

  useEffect(() => {
    if (peaks.state === 'unavailable' && audio) setDrawn('bar');
    if (peaks.state === 'none' || peaks.state === 'loading') setDrawn('pending');
  }, [peaks, audio]);

  useEffect(() => {
    if (drawn !== 'pending') window.dispatchEvent(new CustomEvent(WAVEFORM_DRAWN_EVENT, { detail: { kind: drawn, at: performance.now() } }));
  }, [drawn]);

  useEffect(() => {
    // Ctrl+wheel (a pinch on a touchpad) zooms at the pointer; a sideways or Shift+wheel scrolls a zoomed view.
    // Plain wheel stays the page's scroll. Native, as React's wheel listeners cannot prevent the page's zoom.
    const element = slider.current;
    if (!element || !ready || !view) return;
    const onWheel = (event: WheelEvent) => {
      const rect = element.getBoundingClientRect();
      const at = timeAt(view, (event.clientX - rect.left) / Math.max(1, rect.width));
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        zoom(event.deltaY < 0 ? 1 : -1, at);
      } else if (isZoomed(view, ready.duration) && (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY))) {
        event.preventDefault();
        const delta = event.shiftKey ? event.deltaY : event.deltaX;
        scrollView(view.from + (delta / Math.max(1, rect.width)) * viewSeconds(view));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [ready, view, zoom, scrollView]);

  const timeUnder = (event: MouseEvent<HTMLDivElement> | PointerEvent<HTMLDivElement>): number | null => {
    if (!view) return null;
    const box = event.currentTarget.getBoundingClientRect();
    return box.width > 0 ? timeAt(view, (event.clientX - box.left) / box.width) : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let to: number | null = null;
    if (event.key in SEEK_KEYS) to = position + (SEEK_KEYS[event.key] ?? 0);
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End' && duration) to = duration;
    if (to === null) return;
    // Handled here: ↑ ↓ Home End would otherwise move through the checklist.
    event.preventDefault();
    seek(to);
  };

  const progress = duration ? Math.min(100, (position / duration) * 100) : 0;
  const whyNoWaveform = peaks.state === 'unavailable' ? peaks.message : null;
  const names = laneNames(lanes, agentChannel);
  return (
    <div className="waveform">
      {ready && view && isZoomed(view, ready.duration) && <OverviewStrip peaks={ready} view={view} noteTimes={notes.map((n) => n.atSeconds)} />}
      <div className="waveform__view">
        <div
          ref={slider}
          className="waveform__slider"
          style={{ height }}
          role="slider"
          tabIndex={0}
          aria-label="Position in the recording"
          aria-valuemin={0}
          aria-valuemax={duration ? Math.round(duration * 10) / 10 : 0}
          aria-valuenow={Math.round(position * 10) / 10}
          aria-valuetext={positionText(position, duration)}
          data-waveform={drawn}
          onClick={(event) => {
            const at = timeUnder(event);
            if (at !== null) seek(at);
          }}
          onPointerMove={(event) => setHover(timeUnder(event))}
          onPointerLeave={() => setHover(null)}
          onKeyDown={onKeyDown}
        >
          {ready ? (
            <>
              <canvas ref={canvas} className="waveform__canvas" />
              {lanes > 1 &&
                names.map((name, lane) => (
                  <span key={name} className="waveform__lane-name" style={{ top: (lane + 1) * LANE_HEIGHT.stereo - 17 }} aria-hidden="true">
                    {name}
                  </span>
                ))}
            </>
          ) : (
            <div className="waveform__bar" aria-hidden="true">
              <div className="waveform__bar-progress" style={{ width: `${progress}%` }} />
              {peaks.state === 'loading' && <span className="waveform__loading">Drawing waveform…</span>}
            </div>
          )}
          {hover !== null && view && (
            <span className="waveform__hover-time" style={{ left: `${((hover - view.from) / Math.max(1e-9, viewSeconds(view))) * 100}%` }} aria-hidden="true">
              {formatClock(hover)}
            </span>
          )}
        </div>
        {view && <NoteMarkers view={view} />}
      </div>
      <ZoomControls view={ready ? view : null} duration={duration} />
      {whyNoWaveform && <p className="waveform__why-none">{whyNoWaveform}</p>}
    </div>
  );
}
