import type { Interaction } from '../schemas/interaction';
import type { RecordingRef, TimestampedNote } from '../schemas/media';
import type { Agent } from '../schemas/people';
import type { Answer, OverallFeedback, ScoreResult, Scorecard } from '../schemas/scorecard';
import type { TemplateVersion } from '../schemas/template';
import { hashedDocumentText } from '../sync/hashed-document';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportRecording, type ScorecardExport } from './schema';

/** What a completed scorecard revision is made of: the shape `reviews.get` returns, plus media. */
export interface ExportSource {
  scorecard: Pick<Scorecard, 'id' | 'revision' | 'reviewerId' | 'reviewerName' | 'completedAt'> & { revisionReason?: string | null };
  agent: Pick<Agent, 'id' | 'name' | 'team'> & { organisationKey?: string | null };
  interaction: Interaction;
  template: TemplateVersion & { name?: string };
  answers: readonly Pick<Answer, 'elementId' | 'value' | 'comment'>[];
  feedback: OverallFeedback;
  score: ScoreResult;
  notes: readonly TimestampedNote[];
  recording: Pick<RecordingRef, 'fileName' | 'sha256' | 'sizeBytes'> | null;
}

export interface ExportSettings {
  /** The customer's name is personal data: exported only when the install's sync setting allows it. */
  includeCustomerName: boolean;
  appVersion: string;
  installId: string;
}

/** SHA-256 in lower-case hex, of text as UTF-8 or of bytes. Injected so this module stays free of Node and the DOM. */
export type Sha256Hex = (data: string | Uint8Array) => string;

export interface BuiltExport {
  document: ScorecardExport;
  /** Canonical JSON of `document`: the exact bytes written to a folder or sent to a server. */
  body: string;
}

/**
 * Builds the export document of one completed revision. Pure: the same input
 * always gives the same bytes, which is what makes a second write of the same
 * revision recognisable as "already delivered" rather than a conflict.
 */
export function buildExport(source: ExportSource, settings: ExportSettings, sha256: Sha256Hex): BuiltExport {
  const { scorecard, agent, interaction, template, score } = source;
  if (!scorecard.completedAt) throw new Error(`Scorecard ${scorecard.id} is not completed: only completed revisions are exported.`);
  const sectionOf = new Map(template.content.sections.flatMap((s) => s.elements.map((e) => [e.id, s.id] as const)));
  const answers = source.answers.map((a) => {
    const sectionId = sectionOf.get(a.elementId);
    if (sectionId === undefined) throw new Error(`Answer to "${a.elementId}" is not an element of template version ${template.id}.`);
    if (a.value === null) throw new Error(`Element "${a.elementId}" is unanswered: a completed scorecard cannot be.`);
    return { elementId: a.elementId, sectionId, value: a.value, comment: a.comment };
  });
  // Template order, then element id: a stable order independent of how answers were stored.
  const order = new Map([...sectionOf.keys()].map((id, i) => [id, i] as const));
  answers.sort((a, b) => (order.get(a.elementId) ?? 0) - (order.get(b.elementId) ?? 0));

  const withoutHash: Omit<ScorecardExport, 'contentHash'> = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    scorecardId: scorecard.id,
    revision: scorecard.revision,
    revisionReason: scorecard.revisionReason ?? null,
    completedAt: scorecard.completedAt,
    reviewer: { id: scorecard.reviewerId, name: scorecard.reviewerName },
    agent: { id: agent.id, name: agent.name, team: agent.team, ...(agent.organisationKey ? { organisationKey: agent.organisationKey } : {}) },
    interaction: {
      id: interaction.id,
      channel: interaction.channel,
      occurredAt: interaction.occurredAt,
      reference: interaction.reference,
      durationSeconds: interaction.durationSeconds,
      ...(settings.includeCustomerName && interaction.customerName ? { customerName: interaction.customerName } : {}),
      recording: source.recording ? recordingOf(source.recording) : null,
    },
    template: {
      id: template.templateId,
      versionId: template.id,
      version: template.version,
      name: template.name ?? template.content.name,
      contentHash: template.contentHash,
      content: template.content,
    },
    answers,
    notes: [...source.notes]
      .sort((a, b) => a.atSeconds - b.atSeconds || a.id.localeCompare(b.id))
      .map((n) => ({ id: n.id, elementId: n.elementId, atSeconds: n.atSeconds, text: n.text, createdAt: n.createdAt })),
    feedback: { wentWell: source.feedback.wentWell, workOn: source.feedback.workOn },
    score: {
      overall: score.overall,
      sections: score.sections.map((s) => ({
        sectionId: s.sectionId,
        percentage: s.percentage,
        earnedPoints: s.earnedPoints,
        possiblePoints: s.possiblePoints,
        bandId: s.bandId,
        criticalFailElementId: s.criticalFailElementId,
      })),
      bandId: score.bandId,
      bandLabel: score.bandLabel,
      meetsTarget: score.meetsTarget,
      automaticFail: score.automaticFail,
      automaticFailElementIds: score.automaticFailElementIds,
    },
    origin: { application: 'Callmark', appVersion: settings.appVersion, installId: settings.installId },
  };
  const { text, contentHash } = hashedDocumentText(withoutHash, sha256);
  return { document: { ...withoutHash, contentHash }, body: text };
}

/** Only the file's name survives: a local path would leak the reviewer's folder layout and user name. */
function recordingOf(r: Pick<RecordingRef, 'fileName' | 'sha256' | 'sizeBytes'>): ExportRecording {
  const base = r.fileName.split(/[\\/]/).pop() ?? r.fileName;
  return { fileName: base, sha256: r.sha256, sizeBytes: r.sizeBytes };
}
