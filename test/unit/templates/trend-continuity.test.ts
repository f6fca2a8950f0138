import { describe, expect, it } from 'vitest';
import { TemplateDefinition, type TemplateDefinitionInput } from '../../../shared/templates/definition';
import type { ElementMap } from '../../../shared/templates/element-map';
import { proposeElementMap } from '../../../shared/templates/propose-element-map';
import { trendContinuity } from '../../../shared/templates/trend-continuity';
import { check, draft, scale, section } from './build';

const parse = (input: TemplateDefinitionInput) => TemplateDefinition.parse(input);

const before = parse(
  draft([
    section('open', [check('greet', 'Greets'), check('name', 'Gives name'), scale('tone', 3)]),
    section('close', [check('summary', 'Summarises'), check('bye', 'Says goodbye')]),
  ]),
);

/** The next version after `change`, with the map proposed between them. */
function next(change: (t: TemplateDefinitionInput) => void, map?: ElementMap) {
  const input = draft([
    section('open', [check('greet', 'Greets'), check('name', 'Gives name'), scale('tone', 3)]),
    section('close', [check('summary', 'Summarises'), check('bye', 'Says goodbye')]),
  ]);
  change(input);
  const after = parse(input);
  return { after, map: map ?? proposeElementMap(before, after) };
}

const trend = (change: (t: TemplateDefinitionInput) => void, subject: Parameters<typeof trendContinuity>[3], map?: ElementMap) => {
  const { after, map: m } = next(change, map);
  return trendContinuity(before, after, m, subject);
};

describe('whether a trend can continue across a new template version', () => {
  it('continues everywhere when only wording, guidance and the target changed, noting them', () => {
    const change = (t: TemplateDefinitionInput) => {
      t.sections[0]!.elements[0] = check('greet', 'Greets the customer warmly', { guidance: 'Time of day' });
      t.target = 75;
    };
    expect(trend(change, { kind: 'element', elementId: 'greet', version: 'after' })).toEqual({
      continues: true,
      notes: ['"Greets" was reworded to "Greets the customer warmly"'],
    });
    expect(trend(change, { kind: 'section', sectionId: 'open' })).toMatchObject({ continues: true });
    expect(trend(change, { kind: 'overall' })).toEqual({
      continues: true,
      notes: ['"Greets" was reworded to "Greets the customer warmly"', 'the target moved from 70 % to 75 %'],
    });
  });

  it('stops an element\'s trend when it is answered differently, split, merged, new or removed, and says why', () => {
    expect(trend((t) => (t.sections[0]!.elements[2] = scale('tone', 5)), { kind: 'element', elementId: 'tone', version: 'after' })).toEqual({
      continues: false,
      reasons: ['"Element tone" is now answered a 0–5 scale (it was a 0–3 scale), so its results before and after measure different things'],
      notes: [],
    });
    const split = (t: TemplateDefinitionInput) => t.sections[1]!.elements.splice(0, 1, check('recap', 'Summarises the call'), check('next', 'Summarises next steps'));
    // Wording alone does not reveal this split, so the reviewer maps it by hand.
    const splitMap: ElementMap = {
      entries: [
        ...['greet', 'name', 'tone', 'bye'].map((id) => ({ kind: 'same' as const, from: id, to: id })),
        { kind: 'split', from: 'summary', to: ['recap', 'next'], basis: 'edited' },
      ],
    };
    expect(trend(split, { kind: 'element', elementId: 'summary', version: 'before' }, splitMap)).toMatchObject({
      continues: false,
      reasons: ['"Summarises" was split into "Summarises the call" and "Summarises next steps": each part checks less than the whole did'],
    });
    expect(trend((t) => t.sections[1]!.elements.pop(), { kind: 'element', elementId: 'bye', version: 'before' })).toMatchObject({
      continues: false,
      reasons: ['"Says goodbye" was removed, so its results end at the change'],
    });
    expect(trend((t) => t.sections[1]!.elements.push(check('survey', 'Offers the survey')), { kind: 'element', elementId: 'survey', version: 'after' })).toMatchObject({
      continues: false,
      reasons: ['"Offers the survey" is new in this version, with no history before the change'],
    });
  });

  it("keeps an element's own trend when its points change, but not its section's or the overall", () => {
    const change = (t: TemplateDefinitionInput) => (t.sections[0]!.elements[0] = check('greet', 'Greets', { points: 2 }));
    expect(trend(change, { kind: 'element', elementId: 'greet', version: 'after' })).toEqual({
      continues: true,
      notes: ['"Greets" is now worth 2 points (it was worth 1): its own results still compare'],
    });
    const reason = '"Greets" is now worth 2 points (it was worth 1), which reweighs the score';
    expect(trend(change, { kind: 'section', sectionId: 'open' })).toEqual({ continues: false, reasons: [reason], notes: [] });
    expect(trend(change, { kind: 'section', sectionId: 'close' })).toEqual({ continues: true, notes: [] });
    expect(trend(change, { kind: 'overall' })).toEqual({ continues: false, reasons: [reason], notes: [] });
  });

  it('stops a section trend when elements move in or out, but not the unweighted overall', () => {
    const move = (t: TemplateDefinitionInput) => t.sections[1]!.elements.unshift(t.sections[0]!.elements.pop()!);
    expect(trend(move, { kind: 'section', sectionId: 'open' })).toMatchObject({ continues: false, reasons: ['"Element tone" moved out of this section to "Section close"'] });
    expect(trend(move, { kind: 'section', sectionId: 'close' })).toMatchObject({ continues: false, reasons: ['"Element tone" moved into this section from "Section open"'] });
    expect(trend(move, { kind: 'overall' })).toMatchObject({ continues: true });
  });

  it('stops the overall trend when weights start, stop or change, or an element moves between weighted sections', () => {
    expect(trend((t) => t.sections.forEach((s, i) => (s.weight = i + 1)), { kind: 'overall' })).toMatchObject({ continues: false, reasons: ['sections are now weighted'] });
    const weighted = parse({ ...before, sections: before.sections.map((s) => ({ ...s, weight: 1 })) });
    const reweighted = parse({ ...before, sections: before.sections.map((s, i) => ({ ...s, weight: i + 1 })) });
    expect(trendContinuity(weighted, reweighted, proposeElementMap(weighted, reweighted), { kind: 'overall' })).toMatchObject({
      continues: false,
      reasons: ['the sections or their weights changed, so sections count differently in the overall score'],
    });
    expect(trendContinuity(weighted, reweighted, proposeElementMap(weighted, reweighted), { kind: 'section', sectionId: 'close' })).toEqual({
      continues: true,
      notes: ['section "Section close" has a new weight, which changes the overall score but not this section\'s'],
    });
    const moved = parse({ ...weighted, sections: [{ ...weighted.sections[0]!, elements: weighted.sections[0]!.elements.slice(0, 2) }, { ...weighted.sections[1]!, elements: [...weighted.sections[1]!.elements, weighted.sections[0]!.elements[2]!] }] });
    expect(trendContinuity(weighted, moved, proposeElementMap(weighted, moved), { kind: 'overall' })).toMatchObject({
      continues: false,
      reasons: ['"Element tone" moved from "Section open" to "Section close", which changes its weight in the overall score'],
    });
  });

  it('treats critical changes by what they zero: a section-critical change breaks its section, any critical change the overall', () => {
    const scorecardCritical = (t: TemplateDefinitionInput) => (t.sections[0]!.elements[1] = check('name', 'Gives name', { critical: 'scorecard' }));
    expect(trend(scorecardCritical, { kind: 'section', sectionId: 'open' })).toEqual({
      continues: true,
      notes: ['"Gives name" changed from not critical to critical for the scorecard'],
    });
    expect(trend(scorecardCritical, { kind: 'overall' })).toMatchObject({ continues: false, reasons: ['"Gives name" changed from not critical to critical for the scorecard, which changes how a miss scores'] });
    const sectionCritical = (t: TemplateDefinitionInput) => (t.sections[0]!.elements[1] = check('name', 'Gives name', { critical: 'section' }));
    expect(trend(sectionCritical, { kind: 'section', sectionId: 'open' })).toMatchObject({ continues: false });
  });

  it('notes band changes for the overall score, and ends a section that was added or removed', () => {
    expect(trend((t) => (t.bands[1]!.label = 'On target'), { kind: 'overall' })).toEqual({
      continues: true,
      notes: ['the bands changed: band counts before and after the change do not compare'],
    });
    expect(trend((t) => t.sections.pop(), { kind: 'section', sectionId: 'close' })).toEqual({ continues: false, reasons: ['section "Section close" was removed'], notes: [] });
    expect(() => trend(() => {}, { kind: 'section', sectionId: 'nowhere' })).toThrow(RangeError);
    expect(() => trend(() => {}, { kind: 'element', elementId: 'nowhere', version: 'after' })).toThrow(RangeError);
  });
});
