import { createHash } from 'node:crypto';
import { EXPORT_FORMAT, type ScorecardExport } from '../../shared/export/schema';
import { verifyExportText } from '../../shared/export/verify';
import { scorecardKind as sharedScorecardKind } from '../../shared/sync/kinds/scorecard';
import { documentRelativePath } from '../../shared/sync/layout';
import { insertScorecardFacts, type ScorecardFacts } from '../store/scorecards';
import type { DocumentKind, Invalid } from './kind';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const INTEGER = /^-?\d{1,60}$/;

/**
 * Scorecards: the export document of issue 4, checked exactly as the folder
 * import checks a file (shared/export/verify.ts: format and version, schema,
 * content hash over the document as written, embedded template against its
 * hash), then read for the report columns.
 */
export const scorecardKind: DocumentKind<ScorecardFacts> = {
  kind: 'scorecard',
  format: EXPORT_FORMAT,
  verify(text) {
    const result = verifyExportText(text, sha256);
    if (!result.ok) return { ok: false, reason: result.reason, message: `The scorecard is ${result.message}.` };
    const facts = factsOf(result.document);
    if ('reason' in facts) return facts;
    return { ok: true, documentId: result.document.scorecardId, revision: result.document.revision, authorId: result.document.reviewer.id, team: result.document.agent.team, facts };
  },
  // The shared folder's own layout, so an export can be read the way a share is.
  exportPath: (body, documentId, revision) => {
    const { completedAt, origin } = JSON.parse(body) as ScorecardExport;
    const placed = documentRelativePath(sharedScorecardKind, { documentId, revision, writer: origin.installId }, completedAt);
    return `${sharedScorecardKind.folder}/${placed}`;
  },
  insertFacts: insertScorecardFacts,
};

function factsOf(d: ScorecardExport): ScorecardFacts | Invalid {
  const exact = d.score.overall?.exact;
  // The schema says "string"; the columns are numeric, so anything but an integer would fail the insert as a server error.
  if (exact && !(INTEGER.test(exact.numerator) && INTEGER.test(exact.denominator))) {
    return { ok: false, reason: 'wrong_schema', message: 'The scorecard is not valid: score.overall.exact must be a fraction of two integers.' };
  }
  return {
    scorecardId: d.scorecardId,
    revision: d.revision,
    completedAt: d.completedAt,
    occurredAt: d.interaction.occurredAt,
    channel: d.interaction.channel,
    agentId: d.agent.id,
    agentName: d.agent.name,
    team: d.agent.team,
    reviewerId: d.reviewer.id,
    reviewerName: d.reviewer.name,
    templateId: d.template.id,
    templateVersionId: d.template.versionId,
    templateVersion: d.template.version,
    templateName: d.template.name,
    score: d.score.overall ? { numerator: exact!.numerator, denominator: exact!.denominator, value: d.score.overall.value, rounded: d.score.overall.rounded } : null,
    bandId: d.score.bandId,
    bandLabel: d.score.bandLabel,
    meetsTarget: d.score.meetsTarget,
    automaticFail: d.score.automaticFail,
  };
}
