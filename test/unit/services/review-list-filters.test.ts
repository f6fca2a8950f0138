import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATE_VERSION_ID } from '../../../shared/templates/builtin';
import { servicesClosedAfterEach, type OpenedService } from '../../support/service';

const open = servicesClosedAfterEach();

async function seed(s: OpenedService) {
  await s.call('reviewer.setName', { name: 'Rita Reviewer' });
  const ada = await s.call('agents.create', { name: 'Ada Agent', team: '' });
  const bo = await s.call('agents.create', { name: 'Bo Agent', team: '' });
  const review = (agentId: string, occurredAt: string, reference: string) =>
    s.call('reviews.create', { agentId, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt, reference } });
  await review(ada.id, '2026-11-20T10:00:00.000Z', 'CALL-1001');
  await review(ada.id, '2026-11-21T10:00:00+02:00', 'call-1002');
  await review(bo.id, '2026-11-22T10:00:00.000Z', 'REF_50%');
  await review(bo.id, '2026-11-23T10:00:00.000Z', 'REF-500');
  return { ada, bo };
}

const refs = async (s: OpenedService, query: Parameters<OpenedService['call']>[1]) =>
  (await s.call('reviews.list', query as never)).items.map((i) => i.reference);

describe('the reviews list, searched and filtered (issue 13 item 8)', () => {
  it('finds a reference by any part of it, in any case, with % and _ taken as written', async () => {
    const s = open(undefined, () => new Date('2026-11-29T12:00:00Z'));
    await seed(s);
    expect(await refs(s, { search: 'call-100' })).toEqual(['call-1002', 'CALL-1001']);
    expect(await refs(s, { search: '50%' })).toEqual(['REF_50%']);
    expect(await refs(s, { search: '_' })).toEqual(['REF_50%']);
    expect(await refs(s, { search: 'nothing' })).toEqual([]);
  });

  it('takes [from, to) as instants, whatever offset they are written in, with the other filters and the count', async () => {
    const s = open(undefined, () => new Date('2026-11-29T12:00:00Z'));
    const { ada } = await seed(s);
    // 2026-11-21T10:00+02:00 is 08:00 UTC.
    expect(await refs(s, { from: '2026-11-21T08:00:00.000Z', to: '2026-11-22T10:00:00.000Z' })).toEqual(['call-1002']);
    expect(await refs(s, { from: '2026-11-21T09:00:00+01:00', to: '2026-11-23T00:00:00Z' })).toEqual(['REF_50%', 'call-1002']);
    const page = await s.call('reviews.list', { agentId: ada.id, search: 'CALL', from: '2026-11-20T00:00:00Z', limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
  });

  it('refuses a backwards range and a bare date, naming the field', async () => {
    const s = open();
    const backwards = await s.refuse('reviews.list', { from: '2026-11-22T00:00:00Z', to: '2026-11-21T00:00:00Z' });
    expect(backwards.ok ? '' : backwards.error.message).toMatch(/to: from must be before to/);
    const bare = await s.refuse('reviews.list', { from: '2026-11-22' });
    expect(bare.ok ? '' : bare.error.message).toMatch(/^Invalid input for reviews.list: from: /);
  });
});

describe('what a review is created with (issue 13 item 8)', () => {
  it('refuses an interaction more than a few minutes in the future, by the service’s clock', async () => {
    const s = open(undefined, () => new Date('2026-11-20T10:00:00Z'));
    await s.call('reviewer.setName', { name: 'Rita Reviewer' });
    const agent = await s.call('agents.create', { name: 'Ada Agent', team: '' });
    const create = (occurredAt: string) =>
      s.refuse('reviews.create', { agentId: agent.id, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt } });
    expect((await create('2026-11-20T10:09:00Z')).ok).toBe(true);
    const late = await create('2026-11-20T10:11:00Z');
    expect(late.ok ? '' : late.error.message).toBe('interaction.occurredAt: The interaction’s date and time is in the future: check the date.');
    expect((await s.call('reviews.list', {})).total).toBe(1);
  });

  it('refuses an invisible customer name and an over-long reference instead of cutting them', async () => {
    const s = open(undefined, () => new Date('2026-11-20T10:00:00Z'));
    await s.call('reviewer.setName', { name: 'Rita Reviewer' });
    const agent = await s.call('agents.create', { name: 'Ada Agent', team: '' });
    const create = (interaction: object) =>
      s.refuse('reviews.create', { agentId: agent.id, templateVersionId: BUILTIN_TEMPLATE_VERSION_ID, interaction: { channel: 'phone', occurredAt: '2026-11-20T09:00:00Z', ...interaction } });
    const invisible = await create({ customerName: '\u200B\u2060' });
    expect(invisible.ok ? '' : invisible.error.message).toMatch(/customerName: Customer name has no visible characters/);
    const long = await create({ reference: 'R'.repeat(201) });
    expect(long.ok ? '' : long.error.message).toMatch(/reference: A reference is at most 200 characters/);
    expect((await create({ customerName: '  Zoë  ' })).ok).toBe(true);
  });

  it('refuses agent and reviewer names with nothing visible in them, or too long, saying why', async () => {
    const s = open();
    const invisible = await s.refuse('agents.create', { name: '\u3164\u200D' });
    expect(invisible.ok ? '' : invisible.error.message).toMatch(/name: Name has no visible characters/);
    const long = await s.refuse('reviewer.setName', { name: 'x'.repeat(201) });
    expect(long.ok ? '' : long.error.message).toMatch(/name: Your name is 201 characters long; at most 200 are kept/);
  });
});
