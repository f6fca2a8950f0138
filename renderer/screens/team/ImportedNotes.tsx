import type { ScorecardExport } from '../../../shared/export';
import { formatClock } from '../../player/format-time';

/** The timestamped notes, in time order; a note on no element is about the whole call. */
export function ImportedNotes({ document: doc }: { document: ScorecardExport }) {
  const numbers = new Map(doc.template.content.sections.flatMap((s, si) => s.elements.map((e, ei) => [e.id, `${si + 1}.${ei + 1} ${e.label}`] as const)));
  return (
    <section className="panel" aria-labelledby="imported-notes">
      <h2 id="imported-notes">Notes</h2>
      {doc.notes.length === 0 ? (
        <p className="u-muted">No notes.</p>
      ) : (
        <table className="table table--compact" aria-labelledby="imported-notes">
          <thead>
            <tr>
              <th scope="col">At</th>
              <th scope="col">About</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {doc.notes.map((note) => (
              <tr key={note.id}>
                <td className="table__numeric">{formatClock(note.atSeconds)}</td>
                <td>{note.elementId ? (numbers.get(note.elementId) ?? note.elementId) : 'The whole call'}</td>
                <td>{note.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
