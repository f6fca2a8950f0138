import { describe, expect, it } from 'vitest';
import { COMPLETION_PHASES, createHooks } from '../../../electron/services/hooks';
import { answerAll, draftReview, servicesClosedAfterEach, tempFolder } from '../../support/service';

const open = servicesClosedAfterEach();

describe('hooks run by named phase', () => {
  it('in the order of the phases, whatever order they were registered in', () => {
    const hooks = createHooks();
    const ran: string[] = [];
    hooks.completed.on('react', () => ran.push('react'));
    hooks.completed.on('freeze', () => ran.push('freeze'));
    hooks.completed.on('finish', () => ran.push('finish'));
    hooks.completed.on('react', () => ran.push('react again'));
    hooks.completed.run({ kind: 'scorecard', documentId: 'x', revision: 1 });
    expect(ran).toEqual(['finish', 'freeze', 'react', 'react again']);
    expect(COMPLETION_PHASES).toEqual(['finish', 'freeze', 'react']);
  });

  it('refuse a phase that does not exist', () => {
    const hooks = createHooks();
    expect(() => hooks.imported.on('freeze' as 'react', () => undefined)).toThrow(/unknown hook phase "freeze"; the phases are project, react/);
  });

  it("media's finish comes before sync's freeze: the live clock's duration is in the frozen document", async () => {
    let now = Date.parse('2026-11-20T10:00:00.000Z');
    const s = open(tempFolder(), () => new Date(now));
    const { detail } = await draftReview(s);
    const scorecardId = detail.scorecard.id;
    await s.call('media.clock.start', { scorecardId });
    now += 95_000;
    await answerAll(s, scorecardId, detail.template.content.sections.flatMap((sec) => sec.elements.map((e) => e.id)), 0);
    await s.call('reviews.complete', { scorecardId });
    // What is queued is what was frozen in the completing transaction.
    expect((await s.call('sync.exportPreview', { scorecardId })).interaction.durationSeconds).toBe(95);
    expect((await s.call('reviews.get', { id: scorecardId })).interaction.durationSeconds).toBe(95);
  });
});
