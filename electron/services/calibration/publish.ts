import { z } from 'zod';
import type { PublishInput } from '../../../shared/api/calibration';
import { ApiError, describeZodError } from '../../../shared/api';
import { buildHashedDocument, CalibrationSession, SESSION_FORMAT, type SessionRecording } from '../../../shared/calibration';
import { calibrationSessionKind } from '../../../shared/sync/kinds';
import { currentReviewer } from '../settings/reviewer';
import { sha256OfFile } from '../media/file-source';
import { sha256Hex } from '../sync/export/sha256';
import type { CalibrationDeps } from './deps';
import { copyRecordingIntoShare, shareFolders } from './share-recording';
import { originOf, writeOwn } from './write';

/**
 * Publishes a session: the chosen call's facts and recording fingerprint, the
 * template version with its content, the participants and the reference, as
 * one document sent to every target like any other. With `shareRecording`,
 * the recording is first copied into every shared folder, checked by hash in
 * place; if any copy fails nothing is published, so no participant is ever
 * told to look for a recording that is not there.
 */
export async function publishSession(deps: CalibrationDeps, input: z.output<typeof PublishInput>): Promise<string> {
  const reviewer = currentReviewer(deps.repos);
  if (!reviewer) throw new ApiError('conflict', 'Enter your name first: it is stamped on the session as its organiser.');
  const scorecard = deps.repos.scorecards.get(input.scorecardId);
  if (!scorecard || deps.repos.scorecards.calibrationSessionOf(scorecard.id)) throw new ApiError('not_found', 'That call is not one of your reviews.');
  const interaction = deps.repos.interactions.get(scorecard.interactionId);
  const agent = deps.repos.agents.get(scorecard.agentId);
  const template = deps.repos.templates.getVersion(input.templateVersionId);
  if (!interaction || !agent) throw new ApiError('internal', 'That review refers to a call or agent that is missing.');
  if (!template) throw new ApiError('not_found', 'That template version does not exist.');
  const stored = deps.recordings.get(interaction.id);
  if (input.shareRecording && !stored) throw new ApiError('invalid_input', 'This call has no recording to share: attach one to the review first, or publish without sharing it.');

  let recording: SessionRecording | null = null;
  if (stored) {
    const { path: _path, modifiedMs: _m, interactionId: _i, attachedAt: _a, ...fingerprint } = stored;
    recording = { ...fingerprint, fileName: fingerprint.fileName.split(/[\\/]/).pop() ?? fingerprint.fileName, inShare: input.shareRecording };
  }
  if (recording?.inShare && stored) {
    const shares = shareFolders(deps.targets.list());
    if (!shares.length) throw new ApiError('conflict', 'Add a shared folder under Sync first: the recording is copied into it.');
    if ((await sha256OfFile(stored.path).catch(() => null)) !== stored.sha256) {
      throw new ApiError('conflict', `The recording ${stored.fileName} is no longer at ${stored.path} as it was attached: locate it in the review first, or publish without sharing it.`);
    }
    for (const share of shares) {
      try {
        await copyRecordingIntoShare(share, stored.path, recording);
      } catch (error) {
        throw new ApiError('conflict', `The recording could not be copied into ${share.name}: ${(error as Error).message} Nothing was published.`);
      }
    }
  }

  const sessionId = deps.ctx.newId();
  const built = build(deps, {
    format: SESSION_FORMAT,
    formatVersion: 1,
    origin: originOf(deps),
    sessionId,
    revision: 1,
    title: input.title,
    publishedAt: deps.ctx.now(),
    dueAt: input.dueAt,
    organiser: { id: reviewer.id, name: reviewer.name },
    interaction: {
      channel: interaction.channel,
      occurredAt: interaction.occurredAt,
      reference: interaction.reference,
      durationSeconds: interaction.durationSeconds,
      agent: { id: agent.id, name: agent.name, team: agent.team },
    },
    recording,
    template: { id: template.templateId, versionId: template.id, version: template.version, name: template.content.name, contentHash: template.contentHash, content: template.content },
    participants: input.participants.map((p) => ({ key: deps.ctx.newId(), name: p.name, reviewerId: p.reviewerId })),
    referenceKey: null,
  }, input.referenceIndex);
  deps.ctx.db.transaction(() => writeOwn(deps, { ref: { kind: calibrationSessionKind.kind, documentId: sessionId, revision: 1 }, sessionId, ...built }))();
  return sessionId;
}

/** The document, with the reference named by key, refused in words if it would not verify on another install. */
function build(deps: CalibrationDeps, fields: Record<string, unknown> & { participants: { key: string }[] }, referenceIndex: number | null) {
  const referenceKey = referenceIndex === null ? null : (fields.participants[referenceIndex]?.key ?? null);
  try {
    const { document, body } = buildHashedDocument(CalibrationSession, { ...fields, referenceKey }, sha256Hex);
    return { body, contentHash: document.contentHash };
  } catch (error) {
    if (error instanceof z.ZodError) throw new ApiError('invalid_input', `This session cannot be published: ${describeZodError(error)}`);
    throw error;
  }
}
