import type { Findings, FindingView } from '../../../shared/api/coaching';
import { plural } from '../../../shared/coaching/words';
import './FindingsList.css';

function List({ title, items, empty, level }: { title: string; items: FindingView[]; empty: string; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h3' : 'h4';
  return (
    <div className="findings-list__column">
      <Heading className="findings-list__title">{title}</Heading>
      {items.length === 0 ? (
        <p className="u-muted">{empty}</p>
      ) : (
        <ol className="findings-list__items" aria-label={title}>
          {items.map((f) => (
            <li key={f.elementId}>
              <strong>
                {f.number} {f.label}
              </strong>{' '}
              <span className="findings-list__evidence">({plural(f.applicable, 'applicable answer')})</span>
              <p className="findings-list__reason">{f.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Strengths and development needs, each with its evidence count and why, and what was not judged for want of evidence. */
export function FindingsList({ findings, headingLevel }: { findings: Findings; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel findings-list" aria-labelledby="findings-title">
      <Heading id="findings-title">Strengths and development needs</Heading>
      <p className="u-muted">
        Drawn from pass rates against the target and the rest of the team, never from fewer than {findings.minimum} applicable answers.
      </p>
      <div className="findings-list__columns">
        <List title="Development needs" items={findings.needs} empty="None stands out in this period." level={headingLevel} />
        <List title="Strengths" items={findings.strengths} empty="None stands out in this period." level={headingLevel} />
      </div>
      {findings.notJudged.length > 0 && (
        <p className="u-muted">
          Not judged, with fewer than {findings.minimum} applicable answers:{' '}
          {findings.notJudged.map((n) => `${n.number} ${n.label} (${n.applicable})`).join('; ')}.
        </p>
      )}
    </section>
  );
}
