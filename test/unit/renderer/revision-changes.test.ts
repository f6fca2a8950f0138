import { describe, expect, it } from 'vitest';
import { flattenElements } from '../../../renderer/model/scoring/elements';
import { revisionChanges } from '../../../renderer/model/scoring/revision-changes';
import type { Answer, AnswerValue } from '../../../shared/schemas/scorecard';
import { builtinTemplate } from '../../../shared/templates/builtin';

const elements = flattenElements(builtinTemplate);
const at = '2026-03-01T10:00:00.000Z';
const answer = (index: number, value: AnswerValue | null, comment = ''): Answer => ({
  elementId: elements[index]!.element.id,
  value,
  comment,
  updatedAt: at,
});

describe('revision changes', () => {
  it('lists only elements whose answer or comment differ, in the scorecard’s order', () => {
    const before = [answer(0, 'not_met', 'No greeting'), answer(1, 'met'), answer(5, 'met', 'Good')];
    // Later timestamps alone are not a change.
    const after = [answer(5, 'met', 'Good, and warm'), { ...answer(1, 'met'), updatedAt: '2026-03-02T10:00:00.000Z' }, answer(0, 'met', 'No greeting')];
    const changes = revisionChanges(elements, before, after);
    expect(changes.map((c) => c.ref.number)).toEqual(['1.1', '2.1']);
    expect(changes[0]).toMatchObject({ answer: { before: 'not_met', after: 'met' }, comment: null });
    expect(changes[1]).toMatchObject({ answer: null, comment: { before: 'Good', after: 'Good, and warm' } });
  });

  it('treats a missing answer as unanswered with no comment', () => {
    const changes = revisionChanges(elements, [answer(2, 'na')], [answer(3, 'not_met', 'Missed')]);
    expect(changes.map((c) => [c.ref.number, c.answer, c.comment])).toEqual([
      ['1.3', { before: 'na', after: null }, null],
      ['1.4', { before: null, after: 'not_met' }, { before: '', after: 'Missed' }],
    ]);
  });

  it('is empty when nothing changed', () => {
    const same = [answer(0, 'met'), answer(1, 'not_met', 'x')];
    expect(revisionChanges(elements, same, same)).toEqual([]);
  });
});
