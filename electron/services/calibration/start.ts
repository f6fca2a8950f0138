import { ApiError } from '../../../shared/api';
import { participantFor, type CalibrationSession } from '../../../shared/calibration';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import { scoreOf } from '../reviews/score-of';
import { currentReviewer } from '../settings/reviewer';
import type { CalibrationDeps } from './deps';
import { requireState } from './load';
import type { RecordingHasher } from './recording-hasher';
import { findSharedRecording, shareFolders } from './share-recording';

/**
 * This install's calibration scorecard for a session: an ordinary draft of
 * the session's call, against the session's exact template version, flagged
 * as calibration so it is never sent as a scorecard nor counted in reports.
 * What the call needs and this install lacks is added from the session: the
 * template version (same id and content), and the agent, kept inactive so it
 * does not join this install's own list of agents to review. The recording is
 * the share's copy when the organiser shared it and it arrived intact; else it
 * is named and waits for the participant to locate their own copy, which
 * must have the session's hash.
 */
export async function startScoring(deps: CalibrationDeps, hasher: RecordingHasher, sessionId: string): Promise<{ scorecardId: string }> {
  const reviewer = currentReviewer(deps.repos);
  if (!reviewer) throw new ApiError('conflict', 'Enter your name first: it is how a session names its participants.');
  const { session } = requireState(deps, sessionId);
  const started = deps.participations.ofSession(sessionId);
  if (started) return { scorecardId: started.scorecardId };
  const me = participantFor(session.participants, reviewer);
  if (!me) {
    throw new ApiError('conflict', `You (${reviewer.name}) are not a participant of “${session.title}”: it names ${session.participants.map((p) => p.name).join(', ')}.`);
  }
  const shared = session.recording?.inShare ? await findSharedRecording(shareFolders(deps.targets.list()), session.recording, hasher) : null;
  const scorecardId = deps.ctx.newId();
  deps.ctx.db.transaction(() => {
    // Checked again inside the transaction: two clicks must not start two scorecards.
    if (deps.participations.ofSession(sessionId)) return;
    ensureTemplateVersion(deps, session);
    ensureAgent(deps, session);
    const at = deps.ctx.now();
    const interactionId = deps.ctx.newId();
    const { interaction } = session;
    deps.repos.interactions.insert({
      id: interactionId,
      agentId: interaction.agent.id,
      channel: interaction.channel,
      occurredAt: interaction.occurredAt,
      reference: interaction.reference,
      durationSeconds: interaction.durationSeconds,
      customerName: '',
    });
    const scorecard: Scorecard = {
      id: scorecardId,
      interactionId,
      agentId: interaction.agent.id,
      templateVersionId: session.template.versionId,
      reviewerId: reviewer.id,
      reviewerName: reviewer.name,
      status: 'draft',
      revision: 1,
      revisionReason: null,
      createdAt: at,
      updatedAt: at,
      completedAt: null,
    };
    deps.repos.scorecards.insert(scorecard, new Date(interaction.occurredAt).toISOString(), scoreOf(session.template.content, []).score);
    deps.participations.insert({ scorecardId, sessionId, participantKey: me.key }, at);
    if (session.recording) {
      const r = session.recording;
      // Without the share's copy, the file name stands where the path goes: the player says it is missing and offers Locate.
      deps.recordings.save({
        interactionId,
        path: shared?.path ?? r.fileName,
        fileName: r.fileName,
        sizeBytes: r.sizeBytes,
        modifiedMs: 0,
        sha256: r.sha256,
        format: r.format,
        formatLabel: r.formatLabel,
        durationSeconds: r.durationSeconds,
        sampleRate: r.sampleRate,
        channels: r.channels,
        attachedAt: at,
      });
    }
  })();
  return { scorecardId: deps.participations.ofSession(sessionId)?.scorecardId ?? scorecardId };
}

function ensureTemplateVersion(deps: CalibrationDeps, session: CalibrationSession): void {
  const t = session.template;
  const existing = deps.repos.templates.getVersion(t.versionId);
  if (existing) {
    if (existing.contentHash !== t.contentHash) {
      throw new ApiError('conflict', `This install holds another template version under the session's version id (${t.versionId}): the session cannot be scored here.`);
    }
    return;
  }
  const at = deps.ctx.now();
  const { organiser, origin } = session;
  // Read-only here and usable for scoring, as a template shared through the share is: the same ids on every install.
  if (!deps.templateLibrary.get(t.id)) {
    deps.templateLibrary.insert({ id: t.id, name: t.name, createdAt: at, source: 'share', originInstallId: origin.installId, sharedBy: organiser.name });
  }
  try {
    deps.templateVersions.insert({ id: t.versionId, templateId: t.id, version: t.version, content: t.content, contentHash: t.contentHash, createdAt: at, publishedBy: organiser.name });
  } catch (error) {
    throw new ApiError('conflict', `“${t.name}” version ${t.version} cannot be added to this install: another version ${t.version} of it is already here (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function ensureAgent(deps: CalibrationDeps, session: CalibrationSession): void {
  const { agent } = session.interaction;
  if (deps.repos.agents.get(agent.id)) return;
  const at = deps.ctx.now();
  // Someone else's agent, known here only for this session: inactive, and marked as a colleague's like an imported one.
  deps.repos.agents.insert({ id: agent.id, name: agent.name, team: agent.team, active: false, organisationKey: null, mergedInto: null, fromColleague: true, createdAt: at, updatedAt: at });
}
