import { useId, useState } from 'react';
import type { SessionOptions } from '../../../../shared/api/calibration';
import './ParticipantsField.css';

export interface ChosenParticipant {
  name: string;
  reviewerId: string | null;
}

interface Props {
  known: SessionOptions['reviewers'];
  chosen: ChosenParticipant[];
  onChange(next: ChosenParticipant[]): void;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Who scores: reviewers this computer knows (you, and colleagues whose
 * scorecards it imported, matched on their computers by their reviewer id),
 * and anyone else by name, matched by the name they gave Callmark.
 */
export function ParticipantsField({ known, chosen, onChange }: Props) {
  const [name, setName] = useState('');
  const nameId = useId();
  const typed = chosen.filter((c) => c.reviewerId === null);
  const toggle = (r: SessionOptions['reviewers'][number], on: boolean) =>
    onChange(on ? [...chosen, { name: r.name, reviewerId: r.id }] : chosen.filter((c) => c.reviewerId !== r.id));
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed || chosen.some((c) => same(c.name, trimmed))) return;
    onChange([...chosen, { name: trimmed, reviewerId: null }]);
    setName('');
  };
  return (
    <fieldset className="field participants-field">
      <legend>Participants</legend>
      <p className="field__hint">At least two. Each scores the call on their own computer; nobody sees anyone’s answers until all have submitted or you reveal them.</p>
      <div className="participants-field__known">
        {known.map((r) => (
          <label key={r.id} className="choice">
            <input type="checkbox" checked={chosen.some((c) => c.reviewerId === r.id)} onChange={(e) => toggle(r, e.target.checked)} />
            {r.name}
            {r.me && <span className="u-muted"> (you)</span>}
          </label>
        ))}
      </div>
      {typed.length > 0 && (
        <ul className="participants-field__typed" aria-label="Participants added by name">
          {typed.map((p) => (
            <li key={p.name}>
              {p.name}{' '}
              <button type="button" className="link-button" onClick={() => onChange(chosen.filter((c) => c !== p))} aria-label={`Remove ${p.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="participants-field__add">
        <label htmlFor={nameId}>Add a participant by name</label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--small" onClick={add}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
