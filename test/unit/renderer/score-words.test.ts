import { describe, expect, it } from 'vitest';
import { scoreAnnouncement, type ScoreGist } from '../../../renderer/model/scoring/score-announcement';
import { scoreMethod } from '../../../renderer/model/scoring/score-method';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { TemplateContent } from '../../../shared/schemas/template';

const gist = (answered: number, percent: number | null, bandLabel: string, automaticFail = false): ScoreGist => ({ answered, percent, bandLabel, automaticFail });

describe('the score’s live region', () => {
  it('says nothing on opening, nor for a key that changes only the number', () => {
    expect(scoreAnnouncement(null, gist(5, 80, 'Meets'), 20)).toBeNull();
    expect(scoreAnnouncement(gist(5, 80, 'Meets'), gist(6, 83.3, 'Meets'), 20)).toBeNull();
  });

  it('says a band change, an automatic fail and the score once all is answered', () => {
    expect(scoreAnnouncement(gist(5, 80, 'Meets'), gist(6, 66.7, 'Below'), 20)).toBe('Provisional band now Below.');
    expect(scoreAnnouncement(gist(5, 80, 'Meets'), gist(6, 0, 'Below', true), 20)).toMatch(/^Automatic fail/);
    expect(scoreAnnouncement(gist(19, 80, 'Meets'), gist(20, 80, 'Meets'), 20)).toBe('All 20 answered. Score 80.0 %, Meets.');
  });
});

describe('how the score is worked out, in words', () => {
  it('the built-in scorecard: points over elements, and its bands', () => {
    const lines = scoreMethod(TemplateContent.parse(builtinTemplate));
    expect(lines[0]).toMatch(/^Points earned over points possible/);
    expect(lines.at(-1)).toBe('Bands: Does not meet expectations below 70 %; Meets expectations 70 % to 90 %; Exceeds expectations above 90 %. Target 70 %.');
  });

  it('a weighted template: the weighted mean of its sections, and what critical elements do', () => {
    const base = TemplateContent.parse(builtinTemplate);
    const weighted = TemplateContent.parse({
      ...base,
      sections: base.sections.map((s, i) => ({ ...s, weight: i === 0 ? 2 : 1, elements: s.elements.map((e, j) => (i === 0 && j === 0 ? { ...e, critical: 'scorecard' } : e)) })),
    });
    const lines = scoreMethod(weighted);
    expect(lines[0]).toMatch(/^The weighted mean of the section scores \(Welcome 40 %, Customer Interaction 20 %/);
    expect(lines).toContain('A critical element not met fails the whole review (0 %).');
  });
});
