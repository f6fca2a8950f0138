import type { CalibrationResults } from '../../../../shared/calibration';
import { ElementResultCard } from './ElementResultCard';

/**
 * The elements, worst agreement first, so a discussion starts where reviewers
 * read the standard most differently. Elements everyone answered alike sit
 * folded at the end, to be opened when wanted.
 */
export function ElementList({ results, editable, unfolded = false }: { results: CalibrationResults; editable: boolean; unfolded?: boolean }) {
  const names = new Map(results.participants.map((p) => [p.key, p.name]));
  const split = results.elements.filter((e) => e.agreement.percent.value !== 1);
  const alike = results.elements.filter((e) => e.agreement.percent.value === 1);
  const card = (e: CalibrationResults['elements'][number]) => <ElementResultCard key={e.elementId} element={e} names={names} editable={editable} />;
  return (
    <section aria-labelledby="element-results">
      <h2 id="element-results">Elements, worst agreement first</h2>
      {split.length === 0 && <p>Every counted participant answered every element alike.</p>}
      {split.map(card)}
      {alike.length > 0 &&
        (unfolded ? (
          alike.map(card)
        ) : (
          <details>
            <summary>
              {alike.length} element{alike.length === 1 ? '' : 's'} everyone answered alike
            </summary>
            {alike.map(card)}
          </details>
        ))}
    </section>
  );
}
