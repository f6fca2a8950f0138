import { useId } from 'react';

interface Props {
  name: string;
  team: string;
  organisationKey: string;
  onName: (name: string) => void;
  onTeam: (team: string) => void;
  onKey: (key: string) => void;
  autoFocus?: boolean;
  /** Distinguishes the add form's fields from an edit row's for screen readers. */
  labelPrefix?: string;
}

export function AgentFields({ name, team, organisationKey, onName, onTeam, onKey, autoFocus, labelPrefix = '' }: Props) {
  const nameId = useId();
  const teamId = useId();
  const keyId = useId();
  const keyHint = useId();
  return (
    <>
      <div className="field field--inline">
        <label htmlFor={nameId}>{labelPrefix}Name</label>
        <input id={nameId} type="text" value={name} onChange={(e) => onName(e.target.value)} autoFocus={autoFocus} required />
      </div>
      <div className="field field--inline">
        <label htmlFor={teamId}>{labelPrefix}Team</label>
        <input id={teamId} type="text" value={team} onChange={(e) => onTeam(e.target.value)} maxLength={200} />
      </div>
      <div className="field field--inline">
        <label htmlFor={keyId}>{labelPrefix}Organisation key</label>
        <input id={keyId} type="text" value={organisationKey} onChange={(e) => onKey(e.target.value)} maxLength={200} aria-describedby={keyHint} size={16} />
        <span id={keyHint} className="u-visually-hidden">
          Optional: an employee number or e-mail, so colleagues' scorecards of this person join theirs.
        </span>
      </div>
    </>
  );
}
