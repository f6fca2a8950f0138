import { channelLabels } from '../../../shared/schemas/interaction';
import { formatPercent } from '../../../shared/scoring/format';
import { BandBadge } from '../../components/BandBadge';
import { formatDateTime } from '../../format/dates';
import { formatDuration } from '../../format/duration';
import type { ImportedRevision } from '../../stores/team-scorecard';

/** Who scored whom, the call, the score, and exactly where this copy came from. */
export function ImportedFacts({ revision }: { revision: ImportedRevision }) {
  const { document: doc, item } = revision;
  const { interaction } = doc;
  return (
    <section className="panel" aria-labelledby="imported-facts">
      <h2 id="imported-facts">Score and origin</h2>
      <dl className="facts">
        <dt>Score</dt>
        <dd>
          <strong>{formatPercent(doc.score.overall?.rounded)}</strong> <BandBadge label={doc.score.bandLabel} tone="neutral" />
          {doc.score.automaticFail && <span className="danger-tag">Automatic fail</span>}
        </dd>
        <dt>Reviewer</dt>
        <dd>{doc.reviewer.name}</dd>
        <dt>Agent</dt>
        <dd>
          {doc.agent.name}
          {doc.agent.team && <span className="u-muted"> · {doc.agent.team}</span>}
        </dd>
        <dt>Call</dt>
        <dd>
          {channelLabels[interaction.channel]}, {formatDateTime(interaction.occurredAt)}
          {interaction.reference && ` · ${interaction.reference}`}
          {interaction.durationSeconds !== null && ` · ${formatDuration(interaction.durationSeconds)}`}
        </dd>
        {interaction.recording && (
          <>
            <dt>Recording</dt>
            <dd>
              {interaction.recording.fileName} <span className="u-muted">(not copied: only its name and fingerprint travel)</span>
            </dd>
          </>
        )}
        <dt>Scorecard</dt>
        <dd>
          {doc.template.name} (version {doc.template.version})
        </dd>
        <dt>Completed</dt>
        <dd>
          {formatDateTime(doc.completedAt)}, revision {doc.revision}
        </dd>
        <dt>From</dt>
        <dd>
          {item.origin.targetName ?? 'a shared folder since removed'}: <code>{item.origin.relativePath}</code>
          <br />
          <span className="u-muted">
            written by Callmark {doc.origin.appVersion} on install {doc.origin.installId}, imported {formatDateTime(item.importedAt)}
          </span>
        </dd>
      </dl>
    </section>
  );
}
