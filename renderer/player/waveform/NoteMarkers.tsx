import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNotes } from '../../stores/notes';
import { usePlayer } from '../../stores/player';
import { useScoring } from '../../stores/scoring';
import { noteSubject } from '../focused-element';
import { formatClock } from '../format-time';
import { fractionOf, type ViewWindow } from './view-window';
import './NoteMarkers.css';

/**
 * The review's notes as markers over the waveform (issue 13 item 4): a click
 * plays from the note's time; hovering or focusing one shows its text. One Tab
 * stop for them all, ← and → between them, so twenty notes do not put twenty
 * stops before the checklist.
 */
export function NoteMarkers({ view }: { view: ViewWindow }) {
  const notes = useNotes((s) => s.notes);
  const elements = useScoring((s) => s.elements);
  const seek = usePlayer((s) => s.seek);
  const tipId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<string | null>(null);

  const visible = notes.filter((n) => n.atSeconds >= view.from && n.atSeconds <= view.to);
  if (visible.length === 0) return null;
  const tabStop = Math.min(active, visible.length - 1);
  const tip = visible.find((n) => n.key === shown);
  const tipAt = tip ? fractionOf(view, tip.atSeconds) : 0;
  // Near an edge the tip opens inwards, so it never hangs outside the panel.
  const tipSide = tipAt < 0.3 ? ' is-start' : tipAt > 0.7 ? ' is-end' : '';

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    // Handled here: the arrows must not also move through the checklist.
    event.preventDefault();
    event.stopPropagation();
    const next = (index + step + visible.length) % visible.length;
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="note-markers" role="toolbar" aria-label="Notes on the waveform">
      {visible.map((note, index) => {
        const time = formatClock(note.atSeconds);
        return (
          <button
            key={note.key}
            ref={(node) => {
              buttons.current[index] = node;
            }}
            type="button"
            className={`note-markers__marker${note.key === shown ? ' is-shown' : ''}`}
            style={{ left: `${fractionOf(view, note.atSeconds) * 100}%` }}
            tabIndex={index === tabStop ? 0 : -1}
            aria-label={`Note at ${time}, ${noteSubject(elements, note.elementId)}`}
            aria-describedby={note.key === shown ? tipId : undefined}
            onClick={() => seek(note.atSeconds)}
            onKeyDown={(event) => onKeyDown(event, index)}
            onFocus={() => {
              setActive(index);
              setShown(note.key);
            }}
            onBlur={() => setShown(null)}
            onPointerEnter={() => setShown(note.key)}
            onPointerLeave={() => setShown(null)}
          />
        );
      })}
      {tip && (
        <div id={tipId} role="tooltip" className={`note-markers__tip${tipSide}`} style={{ left: `${tipAt * 100}%` }}>
          <span className="note-markers__tip-head">
            {formatClock(tip.atSeconds)} · {noteSubject(elements, tip.elementId)}
          </span>
          <span className="note-markers__tip-text">{tip.text || '(no text)'}</span>
        </div>
      )}
    </div>
  );
}
