import { usePlayer } from '../stores/player';
import { formatClock } from './format-time';
import './NoteTime.css';

/** A note's time: a button that plays from there when there is a recording to seek in, else just the time. */
export function NoteTime({ seconds, seekable }: { seconds: number; seekable: boolean }) {
  const seek = usePlayer((s) => s.seek);
  const time = formatClock(seconds);
  return seekable ? (
    <button type="button" className="note-time" aria-label={`Go to ${time}`} title={`Play from ${time}`} onClick={() => seek(seconds)}>
      {time}
    </button>
  ) : (
    <span className="note-time">{time}</span>
  );
}
