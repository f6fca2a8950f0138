import { useEffect, useRef, useState } from 'react';
import { gistOf, scoreAnnouncement, type ScoreGist } from '../../model/scoring/score-announcement';
import { useScoring } from '../../stores/scoring';

/** The score's polite live region: says only what changed that matters (model/scoring/score-announcement.ts). */
export function ScoreAnnouncer() {
  const score = useScoring((s) => s.score);
  const total = useScoring((s) => s.elements.length);
  const scorecardId = useScoring((s) => s.scorecardId);
  const before = useRef<{ id: string | null; gist: ScoreGist | null }>({ id: null, gist: null });
  const [text, setText] = useState('');

  useEffect(() => {
    if (!score) return;
    const gist = gistOf(score);
    // Opening a review (or another one) sets the baseline; it announces nothing.
    const previous = before.current.id === scorecardId ? before.current.gist : null;
    before.current = { id: scorecardId, gist };
    const said = scoreAnnouncement(previous, gist, total);
    if (said) setText(said);
  }, [score, total, scorecardId]);

  return (
    <p className="u-visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
