import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classifySession, type SessionDocuments } from '../../../shared/calibration';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { answers, participants, percentage, revealDoc, sessionDoc, submitted } from './support/documents';

const NOW = '2026-11-25T12:00:00.000Z';
const none: SessionDocuments = { sessions: [], commitments: [], submissions: [], reveals: [], outcomes: [] };

function setup() {
  const people = participants('Ann', 'Ben', 'Cat');
  const session = sessionDoc({ participants: people, referenceKey: people[0]!.key, dueAt: '2026-11-24T17:00:00.000Z' });
  const [ann, ben, cat] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const sub = (who: typeof ann, at: string, notMet: Record<string, string> = {}, extra: Partial<Parameters<typeof submitted>[2]> = {}) =>
    submitted(session, who, { answers: answers(builtinTemplate, notMet), score: percentage(100 - 5 * Object.keys(notMet).length), at, ...extra });
  return { session, ann, ben, cat, sub };
}

const docs = (parts: Partial<SessionDocuments>): SessionDocuments => ({ ...none, ...parts });

describe('where a calibration session stands', () => {
  it('shows nothing but who submitted while sealed, and says who is overdue', () => {
    const { session, ann, sub } = setup();
    const a = sub(ann, '2026-11-21T10:00:00.000Z');
    const state = classifySession(docs({ sessions: [session], commitments: [a.commitment], submissions: [a.submission] }), NOW)!;
    expect(state.opened).toBeNull();
    expect(state.shown).toEqual([]);
    expect(state.participants.map((p) => p.status)).toEqual(['sealed', 'overdue', 'overdue']);
    expect(state.participants[0]).toMatchObject({ reference: true, committedAt: '2026-11-21T10:00:00.000Z', reviewerName: 'Ann' });
  });

  it('opens when the last participant commits, counting everyone', () => {
    const { session, ann, ben, cat, sub } = setup();
    const all = [sub(ann, '2026-11-21T10:00:00.000Z'), sub(ben, '2026-11-22T10:00:00.000Z'), sub(cat, '2026-11-23T10:00:00.000Z')];
    const state = classifySession(docs({ sessions: [session], commitments: all.map((x) => x.commitment), submissions: all.map((x) => x.submission) }), NOW)!;
    expect(state.opened).toEqual({ at: '2026-11-23T10:00:00.000Z', by: 'everyone' });
    expect(state.participants.map((p) => p.status)).toEqual(['counted', 'counted', 'counted']);
    expect(state.shown.map((s) => s.late)).toEqual([false, false, false]);
  });

  it('after a reveal: a participant who never submitted is named, a later one is late, answers not yet published are awaited', () => {
    const { session, ann, ben, cat, sub } = setup();
    const a = sub(ann, '2026-11-21T10:00:00.000Z');
    const b = sub(ben, '2026-11-22T10:00:00.000Z');
    const reveal = revealDoc(session, '2026-11-23T09:00:00.000Z');
    const opened = classifySession(docs({ sessions: [session], commitments: [a.commitment, b.commitment], submissions: [a.submission], reveals: [reveal] }), NOW)!;
    expect(opened.opened).toEqual({ at: '2026-11-23T09:00:00.000Z', by: 'reveal' });
    expect(opened.participants.map((p) => p.status)).toEqual(['counted', 'awaiting_answers', 'did_not_submit']);

    const c = sub(cat, '2026-11-24T09:00:00.000Z');
    const later = classifySession(
      docs({ sessions: [session], commitments: [a.commitment, b.commitment, c.commitment], submissions: [a.submission, b.submission, c.submission], reveals: [reveal] }),
      NOW,
    )!;
    expect(later.participants.map((p) => p.status)).toEqual(['counted', 'counted', 'late']);
    expect(later.shown.find((s) => s.participant.key === cat.key)?.late).toBe(true);
  });

  it('counts the blind revision and shows a revision made after the opening as a change, with the elements it changed', () => {
    const { session, ann, ben, cat, sub } = setup();
    const submissionId = randomUUID();
    const installId = randomUUID();
    const r1 = sub(ben, '2026-11-21T10:00:00.000Z', { 'welcome-1': '' }, { submissionId, installId });
    const r2 = sub(ben, '2026-11-24T10:00:00.000Z', {}, { submissionId, installId, revision: 2 });
    const others = [sub(ann, '2026-11-21T11:00:00.000Z'), sub(cat, '2026-11-22T11:00:00.000Z')];
    const state = classifySession(
      docs({
        sessions: [session],
        commitments: [r1.commitment, r2.commitment, ...others.map((o) => o.commitment)],
        submissions: [r1.submission, r2.submission, ...others.map((o) => o.submission)],
      }),
      NOW,
    )!;
    const benView = state.participants[1]!;
    expect(benView.status).toBe('counted');
    expect(benView.changedAfterOpening).toEqual({ revision: 2, committedAt: '2026-11-24T10:00:00.000Z', elementIds: ['welcome-1'] });
    expect(state.shown.find((s) => s.participant.key === ben.key)?.submission.revision).toBe(1);
  });

  it('refuses answers that are not the ones committed, or scored against another template version, and says why', () => {
    const { session, ann, ben, cat, sub } = setup();
    const a = sub(ann, '2026-11-21T10:00:00.000Z');
    const b = sub(ben, '2026-11-21T11:00:00.000Z', {}, { templateVersionId: randomUUID() });
    const c = sub(cat, '2026-11-21T12:00:00.000Z');
    const tampered = { ...c.submission, contentHash: 'f'.repeat(64) };
    const state = classifySession(
      docs({ sessions: [session], commitments: [a.commitment, b.commitment, c.commitment], submissions: [a.submission, b.submission, tampered] }),
      NOW,
    )!;
    expect(state.participants.map((p) => p.status)).toEqual(['counted', 'not_counted', 'not_counted']);
    expect(state.participants[1]!.problems[0]).toMatch(/^Scored against another template version/);
    expect(state.participants[2]!.problems[0]).toMatch(/changed after they were committed/);
    expect(state.shown).toHaveLength(1);
  });

  it('counts one submission per participant when two installs submit as the same one, and names the other', () => {
    const { session, ann, ben, cat, sub } = setup();
    const first = sub(ben, '2026-11-21T10:00:00.000Z');
    const second = sub(ben, '2026-11-21T11:00:00.000Z', { 'close-2': '' }, { reviewer: { id: randomUUID(), name: 'Ben on his laptop' } });
    const rest = [sub(ann, '2026-11-21T09:00:00.000Z'), sub(cat, '2026-11-21T12:00:00.000Z')];
    const all = [first, second, ...rest];
    const state = classifySession(docs({ sessions: [session], commitments: all.map((x) => x.commitment), submissions: all.map((x) => x.submission) }), NOW)!;
    expect(state.shown).toHaveLength(3);
    expect(state.shown.find((s) => s.participant.key === ben.key)?.submission.submissionId).toBe(first.submission.submissionId);
    expect(state.participants[1]!.problems).toEqual([expect.stringMatching(/^Another install \(Ben on his laptop, install .{8}\) also submitted as Ben/)]);
  });

  it('uses the first session published under an id, on every install alike, and ignores a reveal from anyone but its organiser', () => {
    const people = participants('Ann', 'Ben');
    const sessionId = randomUUID();
    const first = sessionDoc({ participants: people, sessionId, publishedAt: '2026-11-20T09:00:00.000Z', organiser: 'Olga' });
    const second = sessionDoc({ participants: people, sessionId, publishedAt: '2026-11-20T10:00:00.000Z', organiser: 'Oscar', title: 'Oscar’s copy' });
    const foreignReveal = revealDoc(second, '2026-11-21T09:00:00.000Z');
    for (const order of [[first, second], [second, first]]) {
      const state = classifySession(docs({ sessions: order, reveals: [foreignReveal] }), NOW)!;
      expect(state.session.organiser.name).toBe('Olga');
      expect(state.opened).toBeNull();
      expect(state.problems).toEqual([
        expect.stringMatching(/^Oscar \(install .{8}\) also published a session with this id, “Oscar’s copy”/),
        expect.stringMatching(/^A reveal from install .{8}, not the organiser's, was ignored\.$/),
      ]);
    }
  });

  it('knows no session without its session document', () => {
    expect(classifySession(none, NOW)).toBeNull();
  });
});
