import { useEffect } from 'react';
import { PlayerPanel } from '../../../player/PlayerPanel';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { usePlayer } from '../../../stores/player';

/**
 * The moment pressed, in the app's own player (waveform, notes, keys), read
 * only: once the scorecard's recording is ready, it moves to the moment's
 * time and plays.
 */
export function EvidencePlayer() {
  const playing = useCoachingProfile((s) => s.playing);
  const ready = usePlayer((s) => s.ready && s.scorecardId === playing?.scorecardId);
  useEffect(() => {
    if (!playing || !ready) return;
    const player = usePlayer.getState();
    player.seek(playing.atSeconds);
    if (!player.playing) player.toggle();
  }, [playing, ready]);
  if (!playing) return null;
  return (
    <div className="evidence-panel__player" data-at={playing.atSeconds}>
      <PlayerPanel key={playing.scorecardId} scorecardId={playing.scorecardId} readOnly version="evidence" />
    </div>
  );
}
