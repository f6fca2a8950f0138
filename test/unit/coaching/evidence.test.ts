import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../../shared/coaching/evidence';
import { builtinTemplate } from '../../../shared/templates/builtin';

const ids = builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id));

describe('the evidence moments of a scorecard', () => {
  it('are its notes in time order, and the comments on elements not met, which take the time of a note on the same element', () => {
    const [first, second, third] = ids as [string, string, string];
    const rows = evidenceOf({
      scorecardId: 'sc',
      template: builtinTemplate,
      answers: [
        { elementId: first, value: 'not_met', comment: 'No greeting at all.' },
        { elementId: second, value: 'met', comment: 'Nice, warm greeting.' },
        { elementId: third, value: 'not_met', comment: '  ' },
      ],
      notes: [
        { id: 'n2', elementId: null, atSeconds: 40, text: 'Customer raises their voice' },
        { id: 'n1', elementId: first, atSeconds: 3.5, text: 'Straight into the question' },
      ],
    });
    expect(rows).toEqual([
      { id: 'note:n1', kind: 'note', elementId: first, answer: 'not_met', missed: true, atSeconds: 3.5, text: 'Straight into the question' },
      { id: 'note:n2', kind: 'note', elementId: null, answer: null, missed: false, atSeconds: 40, text: 'Customer raises their voice' },
      // A comment on a met element is no evidence of a miss; an empty one says nothing.
      { id: `comment:sc:${first}`, kind: 'comment', elementId: first, answer: 'not_met', missed: true, atSeconds: 3.5, text: 'No greeting at all.' },
    ]);
  });
});
