import { formatKeys } from '../keyboard/describe-key';
import { isMac } from '../keyboard/platform';
import { usePlayer } from '../stores/player';
import { formatClock } from './format-time';
import './Transport.css';

const skips = [
  { seconds: -15, text: '−15', label: 'Back 15 seconds', key: '{' },
  { seconds: -5, text: '−5', label: 'Back 5 seconds', key: '[' },
  { seconds: 5, text: '+5', label: 'Forward 5 seconds', key: ']' },
  { seconds: 15, text: '+15', label: 'Forward 15 seconds', key: '}' },
] as const;

/** Play/pause, the four skips, and where we are. Each button names its key in its tooltip. */
export function Transport() {
  const playing = usePlayer((s) => s.playing);
  const position = usePlayer((s) => s.position);
  const duration = usePlayer((s) => s.duration);
  const toggle = usePlayer((s) => s.toggle);
  const skip = usePlayer((s) => s.skip);
  const anywhere = formatKeys('Alt+p', isMac());
  const [back15, back5, forward5, forward15] = skips;
  const skipButton = (s: (typeof skips)[number]) => (
    <button key={s.seconds} type="button" className="button transport__skip" aria-label={s.label} title={`${s.label} (${s.key})`} onClick={() => skip(s.seconds)}>
      {s.text}
    </button>
  );
  return (
    <div className="transport">
      <div className="transport__buttons" role="group" aria-label="Playback">
        {skipButton(back15)}
        {skipButton(back5)}
        <button
          type="button"
          className="button button--primary transport__play"
          data-next-after-file
          aria-label={playing ? 'Pause' : 'Play'}
          title={`${playing ? 'Pause' : 'Play'} (Space, or ${anywhere} from anywhere)`}
          onClick={toggle}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        {skipButton(forward5)}
        {skipButton(forward15)}
      </div>
      <p className="transport__time">
        <span className="transport__time-current">{formatClock(position)}</span>
        <span className="transport__time-sep"> / </span>
        <span className="transport__time-total">{formatClock(duration)}</span>
      </p>
    </div>
  );
}
