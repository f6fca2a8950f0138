import type { ReactNode } from 'react';
import { dayWords } from '../../../shared/coaching/words';

interface Row {
  id: string;
  what: string;
  owner: string;
  dueOn: string | null;
}

/** Agreed actions as a table: what, owner, due date (with `dueNote`, e.g. how late), and one column of the caller's. */
export function ActionsTable<A extends Row>({ label, actions, lastColumn, last, dueNote }: { label: string; actions: readonly A[]; lastColumn: string; last: (a: A) => ReactNode; dueNote?: (a: A) => ReactNode }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">{lastColumn}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <td>{a.what}</td>
            <td>{a.owner}</td>
            <td>
              {a.dueOn ? dayWords(a.dueOn) : '—'}
              {dueNote?.(a)}
            </td>
            <td>{last(a)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
