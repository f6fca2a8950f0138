import { useState } from 'react';
import type { CoachingProfile } from '../../../../shared/api/coaching';
import { MOMENT_LIMIT_WORDS } from '../moment-words';
import { EvidencePlayer } from './EvidencePlayer';
import { MomentRow } from './MomentRow';
import './EvidencePanel.css';

/**
 * The moments behind the figures: timestamped notes, and comments on elements
 * not met, newest call first. Each plays in one click where its recording is
 * on this computer; where it is not, it says why and keeps its time and text.
 */
export function EvidencePanel({ profile }: { profile: CoachingProfile }) {
  const [onNeeds, setOnNeeds] = useState(false);
  const needs = new Set(profile.findings.needs.map((n) => n.elementId));
  const { moments, total } = profile.evidence;
  const shown = onNeeds ? moments.filter((m) => m.elementId !== null && needs.has(m.elementId)) : moments;
  return (
    <section className="panel evidence-panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence moments</h2>
      <p className="u-muted">
        Notes dropped while scoring, and comments on elements not met. {total > moments.length ? MOMENT_LIMIT_WORDS(moments.length, total) : ''}
      </p>
      <label className="choice">
        <input type="checkbox" checked={onNeeds} onChange={(e) => setOnNeeds(e.target.checked)} /> Only moments on the development needs
      </label>
      <EvidencePlayer />
      {shown.length === 0 ? (
        <p className="empty">No moments {onNeeds ? 'on the development needs ' : ''}in this period.</p>
      ) : (
        <ul className="evidence-panel__list" aria-label="Evidence moments">
          {shown.map((m) => (
            <MomentRow key={m.id} moment={m} />
          ))}
        </ul>
      )}
    </section>
  );
}
