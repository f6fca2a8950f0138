import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { answerAll, draftReview, servicesClosedAfterEach } from '../../support/service';

const open = servicesClosedAfterEach({ ignoreCloseErrors: true });

const elementIdsOf = (detail: { template: { content: { sections: { elements: { id: string }[] }[] } } }) =>
  detail.template.content.sections.flatMap((s) => s.elements.map((e) => e.id));

describe('scoring a review through the service', () => {
  it('scores six misses of the seed card as 70.0 % Meets expectations and completes it', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const ids = elementIdsOf(detail);
    expect(ids).toHaveLength(20);
    await answerAll(s, detail.scorecard.id, ids, 6);
    const done = await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
    expect(done.scorecard.status).toBe('completed');
    expect(done.scorecard.reviewerName).toBe('Rita Reviewer');
    expect(done.score.overall?.rounded).toBe(70);
    expect(done.score.overall?.exact).toEqual({ numerator: '70', denominator: '1' });
    expect(done.score.bandLabel).toBe('Meets expectations');
    expect(done.score.provisional).toBe(false);
    const list = await s.call('reviews.list', {});
    expect(list.items[0]).toMatchObject({ id: detail.scorecard.id, status: 'completed', score: 70, bandId: 'meets', bandLabel: 'Meets expectations', meetsTarget: true, provisional: false });
  });

  it('keeps the draft score provisional while elements are unanswered', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const first = elementIdsOf(detail)[0]!;
    const saved = await s.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: first, value: 'not_met' });
    expect(saved.score.provisional).toBe(true);
    expect(saved.score.overall?.rounded).toBe(0);
    expect(saved.missing).toHaveLength(19);
  });

  it('refuses to complete an incomplete draft and lists what is missing', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const ids = elementIdsOf(detail);
    await answerAll(s, detail.scorecard.id, ids.slice(0, 18), 0);
    const refused = await s.refuse('reviews.complete', { scorecardId: detail.scorecard.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'incomplete' } });
    if (refused.ok) throw new Error('unreachable');
    expect((refused.error.details as { elementId: string }[]).map((m) => m.elementId)).toEqual(ids.slice(18));
    expect((await s.call('reviews.get', { id: detail.scorecard.id })).scorecard.status).toBe('draft');
  });

  it('makes a completed scorecard read-only, in the service and in the database itself', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const ids = elementIdsOf(detail);
    await answerAll(s, detail.scorecard.id, ids, 0);
    await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
    for (const [name, input] of [
      ['reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: ids[0], value: 'not_met' }],
      ['reviews.setComment', { scorecardId: detail.scorecard.id, elementId: ids[0], text: 'changed' }],
      ['reviews.complete', { scorecardId: detail.scorecard.id }],
      ['reviews.discardDraft', { scorecardId: detail.scorecard.id }],
    ] as const) {
      expect(await s.refuse(name, input)).toMatchObject({ ok: false, error: { code: 'read_only' } });
    }
    const raw = new Database(s.service.databasePath);
    expect(() => raw.prepare(`UPDATE answers SET value = 'not_met' WHERE scorecard_id = ?`).run(detail.scorecard.id)).toThrow(/read-only/);
    expect(() => raw.prepare(`UPDATE template_versions SET content = '{}'`).run()).toThrow(/never changes/);
    raw.close();
  });

  it('saves comments with the answer they belong to and keeps both', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const [first] = elementIdsOf(detail);
    await s.call('reviews.setComment', { scorecardId: detail.scorecard.id, elementId: first!, text: 'Greeted late' });
    await s.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: first!, value: 'not_met' });
    const again = await s.call('reviews.get', { id: detail.scorecard.id });
    expect(again.answers).toEqual([expect.objectContaining({ elementId: first, value: 'not_met', comment: 'Greeted late' })]);
  });

  it('rejects invalid input with a clear message and writes nothing', async () => {
    const s = open();
    const { detail, agent } = await draftReview(s);
    const cases: [string, unknown, RegExp][] = [
      ['reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: 'welcome-1', value: 'maybe' }, /value/],
      ['reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: 'welcome-1', value: 3 }, /met or not met/],
      ['reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: 'no-such-element', value: 'met' }, /no element "no-such-element"/],
      ['reviews.setAnswer', { scorecardId: 'not-an-id', elementId: 'welcome-1', value: 'met' }, /scorecardId/],
      ['agents.create', { name: '   ' }, /Name is required/],
      ['agents.create', { name: 'Bob', admin: true }, /admin/],
      ['reviews.create', { agentId: agent.id, templateVersionId: detail.template.id, interaction: { channel: 'fax', occurredAt: '2026-11-20T10:00:00Z' } }, /channel/],
    ];
    for (const [name, input, message] of cases) {
      const result = await s.refuse(name as never, input);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect((await s.call('reviews.get', { id: detail.scorecard.id })).answers).toEqual([]);
    expect(await s.call('agents.list', { includeInactive: true })).toHaveLength(1);
    expect((await s.call('reviews.list', {})).total).toBe(1);
  });

  it('refuses a review for a deactivated agent and before the reviewer has a name', async () => {
    const fresh = open();
    const agent = await fresh.call('agents.create', { name: 'Ada' });
    const [template] = await fresh.call('templates.list', {});
    const input = { agentId: agent.id, templateVersionId: template!.latestVersionId, interaction: { channel: 'email' as const, occurredAt: '2026-11-20T10:00:00Z' } };
    expect(await fresh.refuse('reviews.create', input)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/your name/) } });
    await fresh.call('reviewer.setName', { name: 'Rita' });
    await fresh.call('agents.update', { id: agent.id, active: false });
    expect(await fresh.refuse('reviews.create', input)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/deactivated/) } });
  });

  it('filters and pages the reviews list by agent and status', async () => {
    const s = open();
    const { agent, detail } = await draftReview(s, 'Ada');
    const other = await s.call('agents.create', { name: 'Ben' });
    for (let i = 0; i < 3; i++) {
      await s.call('reviews.create', {
        agentId: other.id,
        templateVersionId: detail.template.id,
        interaction: { channel: 'web_chat', occurredAt: `2026-11-0${i + 1}T09:00:00Z` },
      });
    }
    await answerAll(s, detail.scorecard.id, elementIdsOf(detail), 2);
    await s.call('reviews.complete', { scorecardId: detail.scorecard.id });
    expect((await s.call('reviews.list', { agentId: agent.id })).items.map((i) => i.id)).toEqual([detail.scorecard.id]);
    expect((await s.call('reviews.list', { status: 'draft' })).total).toBe(3);
    expect((await s.call('reviews.list', { agentId: other.id, status: 'completed' })).total).toBe(0);
    const page = await s.call('reviews.list', { agentId: other.id, limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3, items: [{ occurredAt: '2026-11-01T09:00:00.000Z', agentName: 'Ben' }] });
  });

  it('stores interaction times in UTC, so a time given with an offset sorts where it happened', async () => {
    const s = open();
    const { agent, detail } = await draftReview(s);
    const late = await s.call('reviews.create', {
      agentId: agent.id,
      templateVersionId: detail.template.id,
      // 23:30 in New York on 1 March is 04:30 UTC on 2 March.
      interaction: { channel: 'phone', occurredAt: '2026-03-01T23:30:00-05:00' },
    });
    const early = await s.call('reviews.create', { agentId: agent.id, templateVersionId: detail.template.id, interaction: { channel: 'phone', occurredAt: '2026-03-02T01:00:00Z' } });
    expect(late.interaction.occurredAt).toBe('2026-03-02T04:30:00.000Z');
    const ids = (await s.call('reviews.list', {})).items.map((i) => i.id);
    expect(ids.indexOf(late.scorecard.id)).toBeLessThan(ids.indexOf(early.scorecard.id));
  });

  it('discards a draft and its interaction', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    await s.call('reviews.setAnswer', { scorecardId: detail.scorecard.id, elementId: 'welcome-1', value: 'met' });
    await s.call('reviews.discardDraft', { scorecardId: detail.scorecard.id });
    expect(await s.refuse('reviews.get', { id: detail.scorecard.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await s.call('reviews.list', {})).total).toBe(0);
  });
});

describe('revisions of a completed scorecard', () => {
  it('opens a new revision with who and why, keeps the history, and locks it again on completion', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const ids = elementIdsOf(detail);
    const id = detail.scorecard.id;
    await answerAll(s, id, ids, 6);
    await s.call('reviews.complete', { scorecardId: id });
    expect(await s.refuse('reviews.revise', { scorecardId: id, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    await s.call('reviewer.setName', { name: 'Quinn Quality-Lead' });
    const reopened = await s.call('reviews.revise', { scorecardId: id, reason: 'Calibration: welcome-1 was met' });
    expect(reopened.scorecard).toMatchObject({ status: 'draft', revision: 2, revisionReason: 'Calibration: welcome-1 was met', reviewerName: 'Quinn Quality-Lead' });
    await s.call('reviews.setAnswer', { scorecardId: id, elementId: ids[0]!, value: 'met' });
    const done = await s.call('reviews.complete', { scorecardId: id });
    expect(done.score.overall?.rounded).toBe(75);

    const history = await s.call('reviews.history', { scorecardId: id });
    expect(history.map((h) => [h.revision, h.reviewerName, h.reason, h.score.overall?.rounded])).toEqual([
      [1, 'Rita Reviewer', null, 70],
      [2, 'Quinn Quality-Lead', 'Calibration: welcome-1 was met', 75],
    ]);
    expect(history[0]!.answers.find((a) => a.elementId === ids[0])?.value).toBe('not_met');
  });

  it('discarding a revision draft returns to the last completed revision unchanged', async () => {
    const s = open();
    const { detail } = await draftReview(s);
    const id = detail.scorecard.id;
    await answerAll(s, id, elementIdsOf(detail), 6);
    const completed = await s.call('reviews.complete', { scorecardId: id });
    await s.call('reviews.revise', { scorecardId: id, reason: 'typo' });
    await s.call('reviews.setAnswer', { scorecardId: id, elementId: 'close-5', value: 'na' });
    await s.call('reviews.setComment', { scorecardId: id, elementId: 'close-5', text: 'no survey today' });
    await s.call('reviews.discardDraft', { scorecardId: id });
    const back = await s.call('reviews.get', { id });
    expect(back.scorecard).toMatchObject({ status: 'completed', revision: 1, completedAt: completed.scorecard.completedAt });
    expect(back.answers).toEqual(completed.answers);
    expect((await s.call('reviews.list', {})).items[0]).toMatchObject({ status: 'completed', score: 70 });
  });
});
