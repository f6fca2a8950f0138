import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MethodName } from '../../../../shared/api';
import { DEFAULT_MAPPING } from '../../../../shared/reports/survey/mapping';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../../shared/templates/builtin';
import { answerAll, draftReview, openService, tempFolder, type OpenedService } from '../../../support/service';

/**
 * A real service on a real SQLite file, with something in it to aim at: a
 * reviewer, two agents, a draft with answers, a note and a comment, a
 * completed scorecard and a server target. No folder target and no import
 * timer, so nothing writes in the background between a call and the check
 * that a refused call wrote nothing.
 */
export async function seededWorld() {
  const s: OpenedService = openService(tempFolder('callmark-fuzz-'));
  await s.call('sync.settings.set', { importEveryMinutes: 0 });
  const { agent, detail } = await draftReview(s);
  const other = await s.call('agents.create', { name: 'Priya Shah', team: 'South' });
  const elementIds = detail.template.content.sections.flatMap((section) => section.elements.map((element) => element.id));
  const draftId = detail.scorecard.id;
  await s.call('reviews.setAnswer', { scorecardId: draftId, elementId: elementIds[0]!, value: 'met' });
  await s.call('reviews.setComment', { scorecardId: draftId, elementId: elementIds[1]!, text: 'Warm greeting' });
  const note = await s.call('media.notes.add', { scorecardId: draftId, atSeconds: 12, text: 'asked to hold' });
  const completed = await s.call('reviews.create', {
    agentId: other.id,
    templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
    interaction: { channel: 'phone', occurredAt: '2026-11-21T09:30:00.000Z', reference: 'CALL-2' },
  });
  await answerAll(s, completed.scorecard.id, elementIds, 2);
  await s.call('reviews.complete', { scorecardId: completed.scorecard.id });
  // A template of this install with a draft, so the builder's calls reach their own checks.
  const { templateId } = await s.call('templates.duplicate', { versionId: BUILTIN_TEMPLATE_VERSION_ID, name: 'Fuzzed copy' });
  const server = await s.call('sync.targets.add', { name: 'Quality server', config: { kind: 'server', url: 'https://quality.example.invalid/in', timeoutMs: 5000 } });
  const ids = { agent: agent.id, otherAgent: other.id, draft: draftId, completed: completed.scorecard.id, note: note.id, target: server.id, element: elementIds[2]!, template: templateId };
  return { s, ids, bases: basesFor(ids) };
}
export type World = Awaited<ReturnType<typeof seededWorld>>;

type Ids = { agent: string; otherAgent: string; draft: string; completed: string; note: string; target: string; element: string; template: string };

/**
 * One valid call per API method, aimed at the seeded rows: the fuzzer mutates
 * these, so it reaches each handler's own checks and not only the schema. A
 * folder path is one that does not exist, so nothing is ever written outside
 * the test's folders. Typed as a full record: a new method must add its base.
 */
function basesFor(ids: Ids): Record<MethodName, unknown> {
  const reportFilter = { from: '2026-11-01', to: '2026-11-30', team: 'South', source: 'all' };
  const surveyCsv = Buffer.from('Reference,Date,Agent,Rating,Comment\r\nCALL-2,21/11/2026,Priya Shah,4,Helpful\r\n').toString('base64');
  const missingFolder = path.join(tempFolder('callmark-fuzz-'), 'no-such-folder');
  return {
    'app.info': {},
    'reviewer.setName': { name: 'Rita Reviewer' },
    'agents.list': { includeInactive: true },
    'agents.create': { name: 'New Agent', team: 'East' },
    'agents.update': { id: ids.otherAgent, name: 'Priya Shah', team: 'South', active: true },
    'templates.list': {},
    'templates.getVersion': { id: BUILTIN_TEMPLATE_VERSION_ID },
    'templates.library': {},
    'templates.get': { templateId: ids.template },
    'templates.create': { name: 'Sales calls' },
    'templates.duplicate': { versionId: BUILTIN_TEMPLATE_VERSION_ID, name: 'Another copy' },
    'templates.startDraft': { templateId: ids.template },
    'templates.saveDraft': { templateId: ids.template, content: { name: 'Fuzzed copy', sections: [] } },
    'templates.discardDraft': { templateId: ids.template },
    'templates.draftMap': { templateId: ids.template },
    'templates.saveMap': { templateId: ids.template, map: null },
    'templates.diff': { from: { versionId: BUILTIN_TEMPLATE_VERSION_ID }, to: { draftOf: ids.template } },
    'templates.whatIf': { templateId: ids.template, limit: 5 },
    'templates.publish': { templateId: ids.template },
    'templates.elementMap': { versionId: BUILTIN_TEMPLATE_VERSION_ID },
    'templates.export': { versionId: BUILTIN_TEMPLATE_VERSION_ID },
    'templates.import': { text: '{"format":"callmark.template"}' },
    'templates.setArchived': { templateId: ids.template, archived: true },
    'reviews.list': { agentId: ids.agent, status: 'draft', limit: 10, offset: 0 },
    'reviews.create': { agentId: ids.agent, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'email', occurredAt: '2026-11-22T08:00:00.000Z', reference: 'R-9' } },
    'reviews.get': { id: ids.draft },
    'reviews.setAnswer': { scorecardId: ids.draft, elementId: ids.element, value: 'not_met' },
    'reviews.setComment': { scorecardId: ids.draft, elementId: ids.element, text: 'Missed the name' },
    'reviews.complete': { scorecardId: ids.draft },
    'reviews.discardDraft': { scorecardId: ids.draft },
    'reviews.revise': { scorecardId: ids.completed, reason: 'Recording re-heard' },
    'reviews.history': { scorecardId: ids.completed },
    'media.chooseFile': {},
    'media.attach': { scorecardId: ids.draft, path: path.join(missingFolder, 'call.wav') },
    'media.relink': { scorecardId: ids.draft, path: path.join(missingFolder, 'call.wav'), acceptChanged: false },
    'media.detach': { scorecardId: ids.draft },
    'media.get': { scorecardId: ids.draft },
    'media.playbackUrl': { scorecardId: ids.draft },
    'media.peaks': { scorecardId: ids.draft, buckets: 100 },
    'media.setAgentChannel': { scorecardId: ids.draft, agentChannel: 'left' },
    'media.savePlayback': { scorecardId: ids.draft, positionSeconds: 30, speed: 1.25 },
    'media.clock.start': { scorecardId: ids.draft },
    'media.clock.pause': { scorecardId: ids.draft },
    'media.clock.get': { scorecardId: ids.draft },
    'media.notes.list': { scorecardId: ids.draft },
    'media.notes.add': { scorecardId: ids.draft, atSeconds: 40, elementId: ids.element, text: 'here' },
    'media.notes.update': { id: ids.note, text: 'asked to hold twice' },
    'media.notes.delete': { id: ids.note },
    'media.streamSource': { capability: 'c'.repeat(43) },
    'sync.targets.list': {},
    'sync.targets.chooseFolder': {},
    'sync.targets.inspectFolder': { path: missingFolder },
    'sync.targets.add': { name: 'Team share', config: { kind: 'folder', path: missingFolder }, sendExisting: false },
    'sync.targets.update': { targetId: ids.target, name: 'Quality server', enabled: true },
    'sync.targets.remove': { targetId: ids.target },
    'sync.status': { targetId: ids.target },
    'sync.items.list': { targetId: ids.target, state: 'pending', limit: 10, offset: 0 },
    'sync.items.retry': { targetId: ids.target },
    'sync.import': { targetId: ids.target },
    'sync.import.lastReport': { targetId: ids.target },
    'sync.import.skipped': { targetId: ids.target, limit: 10, offset: 0 },
    'sync.imported.list': { limit: 10, offset: 0 },
    'sync.imported.get': { scorecardId: ids.completed },
    'sync.stateOf': { kind: 'scorecard', documentIds: [ids.draft, ids.completed] },
    'sync.targets.restoreMarker': { targetId: ids.target },
    'sync.targets.adoptShare': { targetId: ids.target, shareId: ids.completed },
    'sync.installs.list': {},
    'sync.installs.trust': { installId: ids.completed, publicKey: 'A'.repeat(43) },
    'sync.settings.get': {},
    'sync.settings.set': { includeCustomerName: false, importEveryMinutes: 0 },
    'sync.exportPreview': { scorecardId: ids.completed },
    'sync.server.secretLocation': {},
    'sync.server.setToken': { targetId: ids.target, token: 'tok-123' },
    'sync.server.clearToken': { targetId: ids.target },
    'sync.server.tokenStatus': { targetId: ids.target },
    'sync.server.test': { url: 'https://quality.example.invalid/in', token: 'tok-123', timeoutMs: 1000 },
    'calibration.options': {},
    'calibration.publish': {
      title: 'Calibration: CALL-2',
      scorecardId: ids.completed,
      templateVersionId: BUILTIN_TEMPLATE_VERSION_ID,
      participants: [{ name: 'Rita Reviewer' }, { name: 'Sam Senior' }],
      referenceIndex: 1,
      dueAt: '2026-12-01T17:00:00.000Z',
      shareRecording: false,
    },
    'calibration.list': {},
    'calibration.get': { sessionId: ids.completed },
    'calibration.start': { sessionId: ids.completed },
    'calibration.reveal': { sessionId: ids.completed },
    'calibration.results': { sessionId: ids.completed },
    'calibration.outcomes.save': { sessionId: ids.completed, elementId: ids.element, agreedAnswer: 'met', note: 'Agreed', guidance: null },
    'calibration.outcomes.publish': { sessionId: ids.completed },
    'calibration.drift': {},
    'calibration.guidance': { templateId: ids.template },
    'agents.sameName': { name: 'Priya Shah' },
    'agents.merge': { fromId: ids.agent, intoId: ids.otherAgent },
    'agents.undoMerge': { mergeId: ids.completed },
    'agents.merges': {},
    'agents.proposals': {},
    'agents.decideProposal': { agentId: ids.agent, candidateId: ids.otherAgent, decision: 'apart' },
    'reports.options': {},
    'reports.setSettings': { monthlyTarget: 8, draftDays: 7 },
    'reports.means': { filter: reportFilter },
    'reports.bands': { filter: reportFilter },
    'reports.trend': { filter: reportFilter, by: 'week' },
    'reports.elements': { filter: reportFilter },
    'reports.reviewers': { filter: reportFilter },
    'reports.volume': { filter: reportFilter },
    'reports.staleDrafts': { olderThanDays: 7 },
    'reports.scorecards': { filter: reportFilter, cell: { agentId: ids.otherAgent, elementId: ids.element }, limit: 20 },
    'reports.satisfaction': { filter: reportFilter },
    'reports.summary': {},
    'reports.check': {},
    'reports.rebuild': {},
    'surveys.mapping': {},
    'surveys.check': { fileName: 'govmetric.csv', contentBase64: surveyCsv, mapping: DEFAULT_MAPPING },
    'surveys.import': { fileName: 'govmetric.csv', contentBase64: surveyCsv, mapping: DEFAULT_MAPPING },
    'export.csv': { kind: 'answers', agentId: ids.agent, from: '2026-11-01', to: '2026-11-30', limit: 5 },
  };
}

/**
 * Everything a refused call must leave as it was: every table's rows and the
 * secrets file. (A count of changes would not do: a refused call may change
 * rows in a transaction it then rolls back.)
 */
export function checksum(world: World): string {
  const db = world.s.service.context.db;
  const hash = createHash('sha256');
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
  for (const { name } of tables) {
    hash.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  const secrets = path.join(world.s.dataFolder, 'secrets.json');
  if (fs.existsSync(secrets)) hash.update(fs.readFileSync(secrets));
  return hash.digest('hex');
}
