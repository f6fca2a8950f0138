import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useAgents } from '../../stores/agents';

/** Every merge, newest first, each undoable once. */
export function MergesPanel({ onUndone }: { onUndone: (message: string) => void }) {
  const merges = useAgents((s) => s.merges);
  const undo = useAgents((s) => s.undoMerge);
  const [error, setError] = useState<string | null>(null);
  if (!merges.length) return null;
  return (
    <section className="panel" aria-labelledby="agent-merges-title">
      <h2 id="agent-merges-title">Merges</h2>
      <table className="table" aria-label="Merges">
        <thead>
          <tr>
            <th scope="col">Merged</th>
            <th scope="col">Into</th>
            <th scope="col">Your scorecards moved</th>
            <th scope="col">When</th>
            <th scope="col">
              <span className="u-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {merges.map((m) => (
            <tr key={m.id}>
              <td>{m.from.name}</td>
              <td>{m.into.name}</td>
              <td>{m.movedScorecards}</td>
              <td>{m.mergedAt.slice(0, 10)}</td>
              <td>
                {m.undoneAt ? (
                  <span className="u-muted">Undone {m.undoneAt.slice(0, 10)}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Undo merge of ${m.from.name} into ${m.into.name}`}
                    onClick={() =>
                      void undo(m.id).then(
                        () => onUndone(`Merge of ${m.from.name} into ${m.into.name} undone.`),
                        (e: unknown) => setError(errorMessage(e)),
                      )
                    }
                  >
                    Undo
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
    </section>
  );
}
