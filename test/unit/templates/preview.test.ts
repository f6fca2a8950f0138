import { describe, expect, it } from 'vitest';
import { TemplateContent } from '../../../shared/schemas/template';
import { bandProbes, sampleScores } from '../../../shared/templates/preview';
import { check, draft, scale, section } from './build';

const template = TemplateContent.parse(
  draft([
    section('a', [check('greet'), check('dpa', 'DPA', { critical: 'scorecard' })]),
    section('b', [scale('tone', 5, { min: 1 }), check('empathy', 'Empathy', { allowNotApplicable: true })]),
  ]),
);

describe('the builder’s live preview', () => {
  it('shows where 69.99, 70, 90 and 90.01 land, and either side of every boundary', () => {
    const probes = bandProbes(template).map((p) => `${p.percent} ${p.bandId}`);
    expect(probes).toEqual([
      '0 does-not-meet',
      '69.99 does-not-meet',
      '70 meets',
      '70.01 meets',
      '89.99 meets',
      '90 meets',
      '90.01 exceeds',
      '100 exceeds',
    ]);
  });

  it('scores samples with the engine: fully met is 100, a missed critical element fails, nothing applicable earns its band', () => {
    const [full, oneMiss, lowest, na] = sampleScores(template);
    expect(full!.result).toMatchObject({ overall: { rounded: 100 }, automaticFail: false });
    expect(oneMiss!.result).toMatchObject({ automaticFail: false, overall: { rounded: 50 } });
    expect(lowest!.result).toMatchObject({ automaticFail: true, automaticFailElementIds: ['dpa'], overall: { rounded: 0 } });
    expect(na!.name).toBe('Not applicable where allowed');
  });
});
