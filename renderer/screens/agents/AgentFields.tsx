import { useId } from 'react';

interface Props {
  name: string;
  team: string;
  onName: (name: string) => void;
  onTeam: (team: string) => void;
  autoFocus?: boolean;
  /** Distinguishes the add form's fields from an edit row's for screen readers. */
  labelPrefix?: string;
}

export function AgentFields({ name, team, onName, onTeam, autoFocus, labelPrefix = '' }: Props) {
  const nameId = useId();
  const teamId = useId();
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
    </>
  );
}
