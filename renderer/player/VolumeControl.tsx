import { useId } from 'react';
import { usePlayer } from '../stores/player';
import './VolumeControl.css';

/** The player's volume, 0 to 100 %; kept on this machine for the next recording. */
export function VolumeControl() {
  const volume = usePlayer((s) => s.volume);
  const setVolume = usePlayer((s) => s.setVolume);
  const id = useId();
  const percent = Math.round(volume * 100);
  return (
    <div className="volume-control">
      <label htmlFor={id}>Volume</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent} %`}
        onChange={(e) => setVolume(Number(e.target.value) / 100)}
      />
    </div>
  );
}
