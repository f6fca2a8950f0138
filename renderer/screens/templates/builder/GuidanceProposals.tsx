import { formatDateTime } from '../../../format/dates';
import { useGuidanceProposals } from '../../../stores/guidance-proposals';

/**
 * Guidance a calibration session proposed for this element, newest first, each
 * a press away from becoming the draft's guidance. Nothing changes a published
 * version: the text lands in the next one when the draft is published.
 */
export function GuidanceProposals({ elementId, current, onUse }: { elementId: string; current: string | undefined; onUse: (text: string) => void }) {
  const proposals = useGuidanceProposals((s) => s.proposals).filter((p) => p.elementId === elementId);
  if (proposals.length === 0) return null;
  return (
    <section className="builder__proposals" aria-label="Guidance proposed by calibration">
      <h3 className="builder__proposals-title">Proposed by calibration</h3>
      <ul>
        {proposals.map((p) => (
          <li key={`${p.sessionId}-${p.recordedAt}`}>
            <p>
              “{p.guidance}” <span className="u-muted">— {p.sessionTitle}, {formatDateTime(p.recordedAt)}</span>
            </p>
            {current === p.guidance ? (
              <p className="u-muted">This is the draft’s guidance now.</p>
            ) : (
              <button type="button" className="button" onClick={() => onUse(p.guidance)}>
                Use as guidance
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
