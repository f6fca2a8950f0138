import type { EvidenceMoment } from '../../../../shared/api/coaching';
import type { PickedMoment } from '../../../../shared/coaching/session';
import { useCoachingProfile } from '../../../stores/coaching-profile';
import { useCoachingSession } from '../../../stores/coaching-session';
import { elementWords, momentSource, momentTime } from '../figures';

/** One empty list for every render: a fresh `[]` from a selector would re-render without end. */
const NONE: never[] = [];

/** A moment as the session keeps it: copied whole, so it stays as it was shown if the scorecard is revised later. */
const picked = (m: EvidenceMoment): PickedMoment => ({
  id: m.id,
  scorecardId: m.scorecardId,
  source: m.source,
  occurredAt: m.occurredAt,
  day: m.day,
  reference: m.reference,
  reviewerName: m.reviewerName,
  elementId: m.elementId,
  elementLabel: elementWords(m),
  kind: m.kind,
  atSeconds: m.atSeconds,
  text: m.text,
  answer: m.answer,
});

/** The moments to discuss, picked from the period's evidence; those already picked stay listed even if the period moves. */
export function EvidencePicker() {
  const evidence = useCoachingSession((s) => s.plan?.evidence ?? NONE);
  const readOnly = useCoachingSession((s) => s.detail?.readOnly ?? true);
  const change = useCoachingSession((s) => s.change);
  const moments = useCoachingProfile((s) => s.profile?.evidence.moments ?? NONE);
  const pickedIds = new Set(evidence.map((e) => e.id));
  const offered = moments.filter((m) => !pickedIds.has(m.id));
  const set = (list: PickedMoment[]) => change({ field: 'evidence', value: list });
  const line = (m: { atSeconds: number | null; elementLabel: string; text: string; answer: string | null }) =>
    `${momentTime(m)} · ${m.elementLabel}${m.answer ? ` (${m.answer})` : ''} — “${m.text}”`;
  return (
    <section className="panel" aria-labelledby="session-evidence">
      <h2 id="session-evidence">Moments to discuss</h2>
      {evidence.length === 0 && <p className="empty">No moment picked yet.</p>}
      {evidence.length > 0 && (
        <ul aria-label="Moments picked">
          {evidence.map((e) => (
            <li key={e.id}>
              {readOnly ? (
                line(e)
              ) : (
                <label className="choice">
                  <input type="checkbox" checked onChange={() => set(evidence.filter((x) => x.id !== e.id))} /> {line(e)}
                </label>
              )}
              <span className="u-muted"> · {momentSource(e)}</span>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && offered.length > 0 && (
        <fieldset className="field">
          <legend>From this period’s scorecards</legend>
          {offered.map((m) => (
            <label key={m.id} className="choice">
              <input type="checkbox" checked={false} onChange={() => set([...evidence, picked(m)])} /> {line({ ...m, elementLabel: elementWords(m) })}{' '}
              <span className="u-muted">· {momentSource(m)}</span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
