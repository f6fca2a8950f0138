import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { usePlayer } from '../../stores/player';
import type { PeaksReady } from '../../stores/player/state';
import { coloursOnce, drawLanes, type LaneColours } from './draw-lanes';
import { columnsOf, mixChannels } from './peak-columns';
import { useWidth } from './use-width';
import { fractionOf, viewSeconds, type ViewWindow } from './view-window';
import './OverviewStrip.css';

interface Props {
  peaks: PeaksReady;
  view: ViewWindow;
  /** Note times, drawn as ticks: the whole call's map. */
  noteTimes: readonly number[];
}

/**
 * The whole call in a thin strip above a zoomed waveform, with the stretch on
 * screen boxed: press and drag to move the view. A pointer convenience only
 * (hidden from assistive technology): the keys seek, and the view follows.
 */
export function OverviewStrip({ peaks, view, noteTimes }: Props) {
  const position = usePlayer((s) => s.position);
  const scrollView = usePlayer((s) => s.scrollView);
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const colours = useRef<LaneColours | null>(null);
  const width = useWidth(box);
  const mixed = useMemo(() => mixChannels(peaks.overview.channels), [peaks]);

  useEffect(() => {
    if (!canvas.current || width <= 0) return;
    const values = columnsOf(mixed, peaks.overview, 0, peaks.duration, width);
    const playheadX = Math.round((position / peaks.duration) * width);
    drawLanes(canvas.current, width, 20, { lanes: [values], heard: [true], playheadX, gain: peaks.loudest > 0 ? 1 / peaks.loudest : 1 }, coloursOnce(colours, canvas.current));
  }, [peaks, mixed, width, position]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width <= 0) return;
    const at = ((event.clientX - rect.left) / rect.width) * peaks.duration;
    scrollView(at - viewSeconds(view) / 2);
  };

  const whole = { from: 0, to: peaks.duration };
  return (
    <div
      ref={box}
      className="overview-strip"
      aria-hidden="true"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
    >
      <canvas ref={canvas} className="overview-strip__canvas" />
      <div
        className="overview-strip__window"
        style={{ left: `${fractionOf(whole, view.from) * 100}%`, width: `${(viewSeconds(view) / peaks.duration) * 100}%` }}
      />
      {noteTimes.map((t, i) => (
        <span key={i} className="overview-strip__note" style={{ left: `${fractionOf(whole, t) * 100}%` }} />
      ))}
    </div>
  );
}
