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

  it('hear an import batch phase by phase: each handler over the documents in order, a batch handler once', () => {
    const hooks = createHooks();
    const heard: string[] = [];
    const event = (documentId: string) => ({
      ref: { kind: 'scorecard', documentId, revision: 1, writer: '' },
      document: {},
      extra: null,
      installId: 'i',
      from: { sourceId: 's', targetId: 't', relativePath: `${documentId}.json` },
      at: '2026-11-30T00:00:00.000Z',
    });
    hooks.imported.onBatch('react', (events) => heard.push(`react batch ${events.map((e) => e.ref.documentId).join('')}`));
    hooks.imported.on('react', (e) => heard.push(`react ${e.ref.documentId}`));
    hooks.imported.on('project', (e) => heard.push(`project ${e.ref.documentId}`));
    hooks.imported.runBatch([event('a'), event('b')]);
    expect(heard).toEqual(['project a', 'project b', 'react batch ab', 'react a', 'react b']);
    heard.length = 0;
    hooks.imported.runBatch([]);
    expect(heard).toEqual([]);
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
