import { useEffect, useRef } from 'react';
import { useCoachingProfile } from '../../../stores/coaching-profile';

/**
 * The one player of the evidence list: the moment pressed is loaded, moved to
 * its time and played. The page owns the audio element; the store says what to play.
 */
export function EvidencePlayer() {
  const playing = useCoachingProfile((s) => s.playing);
  const audio = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const el = audio.current;
    if (!el || !playing) return;
    const start = () => {
      el.currentTime = playing.atSeconds;
      void el.play().catch(() => undefined);
    };
    if (el.getAttribute('src') !== playing.url) {
      el.setAttribute('src', playing.url);
      el.addEventListener('loadedmetadata', start, { once: true });
      el.load();
    } else start();
  }, [playing]);
  return <audio ref={audio} controls className="evidence-panel__player" aria-label="Evidence recording" hidden={!playing} data-at={playing?.atSeconds} />;
}
