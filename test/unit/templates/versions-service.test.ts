import { describe, expect, it } from 'vitest';
import { servicesClosedAfterEach } from '../../support/service';
import { BUILTIN_TEMPLATE_ID, BUILTIN_TEMPLATE_VERSION_ID } from '../../../shared/templates/builtin';
import { describeTrendBreak } from '../../../shared/templates/version-trends';
import { check } from './build';
import { completeOn, publishNew, publishNext, salesCalls } from './support/service';

const open = servicesClosedAfterEach();

async function withAgent() {
  const s = open();
  await s.call('reviewer.setName', { name: 'Quinn Lead' });
  const agent = await s.call('agents.create', { name: 'Alex Morgan', team: 'Blue' });
  return { s, agentId: agent.id };
}

describe('building and publishing a template', () => {
  it('starts as a draft nobody can score with, saves as typed, and publishes version 1 once valid', async () => {
    const { s, agentId } = await withAgent();
    const { templateId } = await s.call('templates.create', { name: 'Sales calls 2027' });
    const created = await s.call('templates.get', { templateId });
    expect(created.status).toMatchObject({ name: 'Sales calls 2027', source: 'local', latest: null, draft: { baseVersion: null }, archived: false });
    expect(created.draft?.errors).toEqual([]);
    // Not usable until published.
    expect((await s.call('templates.list', {})).map((t) => t.templateId)).toEqual([BUILTIN_TEMPLATE_ID]);

    // Half-typed: saved as it is, with each problem at its field; publishing refuses and names them.
    const typing = { ...salesCalls(), target: 'abc' };
    const saved = await s.call('templates.saveDraft', { templateId, content: typing as never });
    expect(saved.errors.map((e) => `${e.field}: ${e.message}`)).toEqual(['target: must be a number']);
    const refused = await s.refuse('templates.publish', { templateId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The draft has 1 problem: target: must be a number.', details: [{ field: 'target' }] } });
    expect((await s.call('templates.get', { templateId })).draft?.content).toEqual(typing);

    await s.call('templates.saveDraft', { templateId, content: salesCalls() as never });
    const v1 = await s.call('templates.publish', { templateId });
    expect(v1).toMatchObject({ version: 1, name: 'Sales calls 2027', publishedBy: 'Quinn Lead', previousVersionId: null, scorecards: 0 });
    const after = await s.call('templates.get', { templateId });
    expect(after.draft).toBeNull();
    expect(after.status.latest).toMatchObject({ id: v1.id, version: 1 });
    expect((await s.call('templates.list', {})).map((t) => t.latestVersionId)).toEqual([BUILTIN_TEMPLATE_VERSION_ID, v1.id]);

    // The version scores with every rule the builder offered: a 0–10 scale, "always" comments, a critical element.
    const review = await s.call('reviews.create', { agentId, templateVersionId: v1.id, interaction: { channel: 'phone', occurredAt: '2026-11-20T10:00:00.000Z' } });
    const scorecardId = review.scorecard.id;
    await s.call('reviews.setAnswer', { scorecardId, elementId: 'listening', value: 10 });
    const saving = await s.call('reviews.setAnswer', { scorecardId, elementId: 'dpa', value: 'not_met' });
    expect(saving.score).toMatchObject({ automaticFail: true, automaticFailElementIds: ['dpa'], overall: { rounded: 0 } });
    expect(saving.missing.find((m) => m.elementId === 'listening')).toMatchObject({ reason: 'comment_required' });
    expect((await s.refuse('reviews.setAnswer', { scorecardId, elementId: 'listening', value: 11 })).ok).toBe(false);
  });

  it('refuses to change the built-in template or publish nothing new, saying what to do instead', async () => {
    const { s } = await withAgent();
    expect(await s.refuse('templates.startDraft', { templateId: BUILTIN_TEMPLATE_ID })).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('duplicate it') } });
    const { templateId } = await s.call('templates.duplicate', { versionId: BUILTIN_TEMPLATE_VERSION_ID, name: 'Our council form' });
    const v1 = await s.call('templates.publish', { templateId });
    expect(v1).toMatchObject({ version: 1, name: 'Our council form' });
    await s.call('templates.startDraft', { templateId });
    expect(await s.refuse('templates.publish', { templateId })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Nothing changed since version 1: there is nothing to publish.' } });
    expect(await s.call('templates.discardDraft', { templateId })).toEqual({ removed: 'draft' });
    // A template never published goes with its draft; a published one stays.
    const { templateId: scratch } = await s.call('templates.create', { name: 'Scratch' });
    expect(await s.call('templates.discardDraft', { templateId: scratch })).toEqual({ removed: 'template' });
    expect((await s.call('templates.library', {})).map((t) => t.name)).toEqual(['Quality Monitoring — Customer Services', 'Our council form']);
  });
});

describe('versions keep history', () => {
  it('never changes a published version: a new one is published beside it, and scorecards keep theirs', async () => {
    const { s, agentId } = await withAgent();
    const { templateId, version: v1 } = await publishNew(s);
    const completed = await completeOn(s, v1.id, agentId, { greet: 'met', dpa: 'met', listening: 7, empathy: 'na' });
    const draft = await s.call('reviews.create', { agentId, templateVersionId: v1.id, interaction: { channel: 'phone', occurredAt: '2026-11-21T10:00:00.000Z' } });

    const v2 = await publishNext(s, templateId, (c) => ({ ...c, target: 80, sections: c.sections.map((sec, i) => (i === 0 ? { ...sec, elements: [...sec.elements, check('offer', 'Offers more help')] } : sec)) }));
    expect(v2).toMatchObject({ version: 2, previousVersionId: v1.id });
    expect((await s.call('templates.list', {})).find((t) => t.templateId === templateId)?.latestVersionId).toBe(v2.id);

    // The completed scorecard and the draft started on version 1 stay on version 1, with its content.
    expect((await s.call('reviews.get', { id: completed })).template.id).toBe(v1.id);
    expect((await s.call('reviews.get', { id: draft.scorecard.id })).template.content.target).toBe(75);
    expect((await s.call('templates.get', { templateId })).versions.map((v) => [v.version, v.scorecards])).toEqual([
      [1, 2],
      [2, 0],
    ]);

    // The database itself refuses to change or delete a version, or its map.
    const db = s.service.context.db;
    expect(() => db.prepare(`UPDATE template_versions SET content = '{}' WHERE id = ?`).run(v1.id)).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM template_versions WHERE id = ?').run(v1.id)).toThrow(/never deleted/);
    expect(() => db.prepare(`UPDATE template_version_maps SET element_map = '{}'`).run()).toThrow(/never changes/);
  });

  it('says in words what changed between any two versions, and between a version and the draft', async () => {
    const { s } = await withAgent();
    const { templateId, version: v1 } = await publishNew(s);
    const v2 = await publishNext(s, templateId, (c) => ({ ...c, target: 80 }));
    await publishNext(s, templateId, (c) => ({ ...c, sections: c.sections.map((sec) => ({ ...sec, elements: sec.elements.map((e) => (e.id === 'greet' ? { ...e, label: 'Greets the customer by name' } : e)) })) }));
    const v3 = (await s.call('templates.get', { templateId })).versions[2]!;
    const oneToThree = await s.call('templates.diff', { from: { versionId: v1.id }, to: { versionId: v3.id } });
    expect(oneToThree.changes.map((c) => c.text)).toEqual(['The target moved from 75 % to 80 %.', '"Greets the customer" was reworded to "Greets the customer by name".']);
    await s.call('templates.startDraft', { templateId });
    const detail = await s.call('templates.get', { templateId });
    const content = detail.draft!.content as unknown as ReturnType<typeof salesCalls>;
    await s.call('templates.saveDraft', { templateId, content: { ...content, sections: content.sections.slice(0, 1) } as never });
    const toDraft = await s.call('templates.diff', { from: { versionId: v2.id }, to: { draftOf: templateId } });
    expect(toDraft.changes.map((c) => c.kind)).toEqual(['element_reworded', 'section_removed', 'element_removed', 'element_removed']);
  });

  it('stores the element map at publication and tells reports where a trend breaks and why', async () => {
    const { s } = await withAgent();
    const { templateId, version: v1 } = await publishNew(s);
    expect(await s.call('templates.elementMap', { versionId: v1.id })).toBeNull();
    await s.call('templates.startDraft', { templateId });
    const detail = await s.call('templates.get', { templateId });
    const content = detail.draft!.content as unknown as ReturnType<typeof salesCalls>;
    // "Greets the customer" becomes two elements; empathy is re-keyed with the same words.
    content.sections[0]!.elements.splice(0, 1, check('greet-time', 'Greets the customer at the right time of day'), check('greet-name', 'Greets the customer by name'));
    content.sections[1]!.elements[1] = { ...content.sections[1]!.elements[1]!, id: 'empathy-2' };
    await s.call('templates.saveDraft', { templateId, content: content as never });
    const proposed = await s.call('templates.draftMap', { templateId });
    expect(proposed).toMatchObject({ baseVersionId: v1.id, proposed: true, errors: [] });
    expect(proposed.map?.entries).toContainEqual({ kind: 'same', from: 'empathy', to: 'empathy-2', basis: 'similar_label' });
    // The proposal reads "by name" as the old greeting reworded and "time of day" as new; the lead says it was split.
    expect(proposed.map?.entries).toContainEqual({ kind: 'same', from: 'greet', to: 'greet-name', basis: 'similar_label' });
    const contradictory = { entries: [...proposed.map!.entries, { kind: 'split' as const, from: 'greet', to: ['greet-time', 'greet-name'] }] };
    expect(await s.refuse('templates.saveMap', { templateId, map: contradictory })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ field: 'entries[5].from', message: '"greet" is already mapped by entries[1]' }, expect.anything(), expect.anything()] },
    });
    const edited = { entries: [...proposed.map!.entries.filter((e) => e.kind === 'same' && e.from !== 'greet'), { kind: 'split' as const, from: 'greet', to: ['greet-time', 'greet-name'] }] };
    const saved = await s.call('templates.saveMap', { templateId, map: edited });
    expect(saved).toMatchObject({ proposed: false, errors: [] });
    const v2 = await s.call('templates.publish', { templateId });

    const view = (await s.call('templates.elementMap', { versionId: v2.id }))!;
    expect(view.previousVersionId).toBe(v1.id);
    expect(view.map.entries).toContainEqual({ kind: 'split', from: 'greet', to: ['greet-time', 'greet-name'] });
    const empathy = view.elements.find((e) => e.elementId === 'empathy-2')!;
    expect(empathy).toMatchObject({ continues: true, from: ['empathy'] });
    const greetName = view.elements.find((e) => e.elementId === 'greet-name')!;
    expect(describeTrendBreak('"Greets the customer by name"', greetName)).toBe(
      'The trend of "Greets the customer by name" breaks here because "Greets the customer" was split into "Greets the customer at the right time of day" and "Greets the customer by name": each part checks less than the whole did.',
    );
    expect(view.overall.continues).toBe(false);
    expect(view.sections.find((sec) => sec.sectionId === 'conversation')).toMatchObject({ continues: true });
  });
});

describe('the what-if before publishing', () => {
  it('rescores the last completed scorecards of the previous version under the draft, and changes none of them', async () => {
    const { s, agentId } = await withAgent();
    const { templateId, version: v1 } = await publishNew(s);
    const strong = await completeOn(s, v1.id, agentId, { greet: 'met', dpa: 'met', listening: 8, empathy: 'met' });
    const weak = await completeOn(s, v1.id, agentId, { greet: 'not_met', dpa: 'met', listening: 5, empathy: 'met' });
    const before = await s.call('reviews.get', { id: weak });

    await s.call('templates.startDraft', { templateId });
    const detail = await s.call('templates.get', { templateId });
    const content = detail.draft!.content as unknown as ReturnType<typeof salesCalls>;
    // "Meets" now starts at 60 and the listening scale counts double.
    content.bands = content.bands.map((b) => (b.id === 'does-not-meet' ? { ...b, to: 60 } : b.id === 'meets' ? { ...b, from: 60 } : b));
    content.sections[1]!.weight = 4;
    await s.call('templates.saveDraft', { templateId, content: content as never });

    const result = await s.call('templates.whatIf', { templateId, limit: 50 });
    expect(result.base).toEqual({ versionId: v1.id, version: 1 });
    expect(result.summary).toMatchObject({ scorecards: 2, incomplete: 0 });
    const weakRow = result.scorecards.find((r) => r.scorecardId === weak)!;
    expect(weakRow).toMatchObject({ agentName: 'Alex Morgan', before: { bandId: 'does-not-meet' }, after: { bandId: 'meets' }, bandChanged: true });
    expect(result.summary.transitions).toContainEqual({ from: { bandId: 'does-not-meet', bandLabel: 'Does not meet expectations' }, to: { bandId: 'meets', bandLabel: 'Meets expectations' }, count: 1 });
    expect(result.scorecards.map((r) => r.scorecardId).sort()).toEqual([strong, weak].sort());
    expect((await s.call('templates.whatIf', { templateId, limit: 1 })).scorecards).toHaveLength(1);
    expect(await s.call('reviews.get', { id: weak })).toEqual(before);
  });
});

describe('archiving', () => {
  it('starts no new review on an archived template; its scorecards still open; it is never deleted', async () => {
    const { s, agentId } = await withAgent();
    const { templateId, version: v1 } = await publishNew(s);
    const old = await completeOn(s, v1.id, agentId, { greet: 'met', dpa: 'met', listening: 9, empathy: 'met' });
    expect(await s.call('templates.setArchived', { templateId, archived: true })).toMatchObject({ archived: true, scorecards: 1 });
    expect((await s.call('templates.list', {})).some((t) => t.templateId === templateId)).toBe(false);
    const refused = await s.refuse('reviews.create', { agentId, templateVersionId: v1.id, interaction: { channel: 'phone', occurredAt: '2026-11-22T10:00:00.000Z' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: '"Sales calls 2027" is archived: no new review can start with it.' } });
    expect((await s.call('reviews.get', { id: old })).score.overall?.rounded).toBeGreaterThan(0);
    expect(await s.refuse('templates.startDraft', { templateId })).toMatchObject({ ok: false, error: { message: expect.stringContaining('restore it') } });
    // The database refuses too, whatever code asks.
    expect(() =>
      s.service.context.db
        .prepare(`INSERT INTO scorecards (id, interaction_id, agent_id, template_version_id, reviewer_id, reviewer_name, status, occurred_at, created_at, updated_at) SELECT ?, interaction_id, agent_id, template_version_id, reviewer_id, reviewer_name, 'draft', occurred_at, created_at, updated_at FROM scorecards WHERE id = ?`)
        .run('00000000-0000-4000-8000-000000000001', old),
    ).toThrow(/archived/);
    await s.call('templates.setArchived', { templateId, archived: false });
    expect((await s.call('templates.list', {})).some((t) => t.templateId === templateId)).toBe(true);
  });
});
