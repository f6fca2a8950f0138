import type { ParticipantView, SessionFacts } from '../../../shared/calibration';
import { channelLabels } from '../../../shared/schemas/interaction';
import { formatDateTime } from '../../format/dates';
import './SessionFactsList.css';

/** The session in a few facts: the call, the scorecard, who organised it, the reference scorer, the due date. */
export function SessionFactsList({ facts, participants }: { facts: SessionFacts; participants: readonly ParticipantView[] }) {
  const reference = participants.find((p) => p.reference);
  const { interaction } = facts;
  return (
    <dl className="facts session-facts">
      <dt>Call</dt>
      <dd>
        {interaction.agent.name}
        {interaction.agent.team && ` (${interaction.agent.team})`}, {channelLabels[interaction.channel].toLocaleLowerCase()}, {formatDateTime(interaction.occurredAt)}
        {interaction.reference && ` · ${interaction.reference}`}
      </dd>
      <dt>Recording</dt>
      <dd>{facts.recording ? `${facts.recording.fileName} (${facts.recording.formatLabel})` : 'None'}</dd>
      <dt>Scorecard</dt>
      <dd>
        {facts.template.name}, version {facts.template.version}
      </dd>
      <dt>Organiser</dt>
      <dd>
        {facts.organiser.name}, published {formatDateTime(facts.publishedAt)}
      </dd>
      <dt>Reference scorer</dt>
      <dd>{reference ? reference.name : 'None: each score is compared with the group’s median'}</dd>
      <dt>Due</dt>
      <dd>{facts.dueAt ? formatDateTime(facts.dueAt) : 'No due date'}</dd>
    </dl>
  );
}
