import { describe, expect, it } from 'vitest';
import { servicesClosedAfterEach } from '../../support/service';
import { check } from '../templates/build';
import type { salesCalls } from '../templates/support/service';
import { completeOn, publishNew, publishNext } from '../templates/support/service';
import { WHOLE_RANGE } from './support';
import { versionChangesOf } from '../../../shared/reports/views/version-changes';

const open = servicesClosedAfterEach();
const allMet = { greet: 'met', dpa: 'met', listening: 8, empathy: 'met' } as const;

/**
 * Issue 9 item 2 on the Reports screen: where a template changes version inside
 * a trend, the trend says so at the change, and whether its line reads across.
 */
describe('the trend at a template version change', () => {
  it('marks each new version at the period it was first used: a new target continues the line, a split element breaks it', async () => {
    const s = open();
    await s.call('reviewer.setName', { name: 'Quinn Lead' });
    const { id: agentId } = await s.call('agents.create', { name: 'Alex Morgan', team: 'Blue' });
    const { templateId, version: v1 } = await publishNew(s);
    await completeOn(s, v1.id, agentId, allMet, '2026-09-10T10:00:00.000Z');

    const v2 = await publishNext(s, templateId, (c) => ({ ...c, target: 80 }));
    await completeOn(s, v2.id, agentId, allMet, '2026-10-12T10:00:00.000Z');

    // Version 3 splits "Greets the customer" in two, and the lead says so in the map kept with it.
    await s.call('templates.startDraft', { templateId });
    const content = (await s.call('templates.get', { templateId })).draft!.content as unknown as ReturnType<typeof salesCalls>;
    content.sections[0]!.elements.splice(0, 1, check('greet-time', 'Greets the customer at the right time of day'), check('greet-name', 'Greets the customer by name'));
    await s.call('templates.saveDraft', { templateId, content: content as never });
    const proposed = (await s.call('templates.draftMap', { templateId })).map!;
    const split = { kind: 'split' as const, from: 'greet', to: ['greet-time', 'greet-name'] };
    await s.call('templates.saveMap', { templateId, map: { entries: [...proposed.entries.filter((e) => e.kind === 'same' && e.from !== 'greet'), split] } });
    const v3 = await s.call('templates.publish', { templateId });
    const { greet: _, ...rest } = allMet;
    await completeOn(s, v3.id, agentId, { ...rest, 'greet-time': 'met', 'greet-name': 'met' }, '2026-11-16T10:00:00.000Z');

    const trend = await s.call('reports.trend', { filter: { ...WHOLE_RANGE }, by: 'month' });
    expect(trend.points.map((p) => [p.period, p.n])).toEqual([
      ['2026-09', 1],
      ['2026-10', 1],
      ['2026-11', 1],
    ]);
    expect(trend.changes.map((c) => [c.period, c.version, c.continues])).toEqual([
      ['2026-10', 2, true],
      ['2026-11', 3, false],
    ]);
    expect(trend.changes[0]!.sentence).toMatch(/^"Sales calls 2027" version 2, first used 2026-10-12\. The trend of the overall score continues across the change/);
    expect(trend.changes[1]!.sentence).toMatch(/^"Sales calls 2027" version 3, first used 2026-11-16\. The trend of the overall score breaks here because "Greets the customer" was split into/);

    // A filter on one version has no change in it.
    expect((await s.call('reports.trend', { filter: { ...WHOLE_RANGE, templateVersionId: v2.id }, by: 'week' })).changes).toEqual([]);
    // A change whose earlier version is outside the period is not inside the trend either.
    expect((await s.call('reports.trend', { filter: { from: '2026-11-01', to: '2026-11-30' }, by: 'week' })).changes).toEqual([]);
  });

  it('breaks the line where this install has no map between two counted versions (a colleague’s versions arrived without it)', () => {
    const v = (version: number, firstDay: string) => ({ versionId: `v${version}`, templateId: 't', name: 'Care calls', version, content: {} as never, firstDay });
    const changes = versionChangesOf([v(3, '2026-03-02'), v(1, '2026-01-05')], () => null, 'week');
    expect(changes).toEqual([
      {
        period: '2026-03-02',
        label: 'Week of 2 Mar 2026',
        template: 'Care calls',
        version: 3,
        continues: false,
        sentence: '"Care calls" version 3, first used 2026-03-02. The trend of the overall score breaks here because this install has no element map from version 1 to version 3.',
      },
    ]);
  });
});
