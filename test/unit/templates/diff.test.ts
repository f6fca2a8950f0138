import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { TemplateDefinition, type TemplateDefinitionInput } from '../../../shared/templates/definition';
import { describeChange } from '../../../shared/templates/describe-change';
import { diffTemplates } from '../../../shared/templates/diff';
import { check, draft, scale, section } from './build';

const parse = (input: TemplateDefinitionInput) => TemplateDefinition.parse(input);
const words = (before: TemplateDefinitionInput, after: TemplateDefinitionInput) => diffTemplates(parse(before), parse(after)).map(describeChange);

const base = () =>
  draft([
    section('welcome', [check('greet', 'Greets the customer'), check('name', 'Gives their name'), check('offer', 'Offers help')]),
    section('close', [check('summary', 'Summarises'), check('bye', 'Says goodbye')]),
  ]);

describe('the semantic diff between two template versions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffTemplates(builtinTemplate, builtinTemplate)).toEqual([]);
  });

  it('reports elements added, removed and reworded, in the order the new version reads', () => {
    const after = base();
    after.sections[0]!.elements.splice(1, 1, check('intro', 'Introduces themself'));
    after.sections[1]!.elements[0] = check('summary', 'Summarises the call');
    expect(words(base(), after)).toEqual([
      '"Introduces themself" was added to "Section welcome" at position 2.',
      '"Gives their name" was removed from "Section welcome".',
      '"Summarises" was reworded to "Summarises the call".',
    ]);
  });

  it('reports a real move, not every element below an insertion', () => {
    const inserted = base();
    inserted.sections[0]!.elements.unshift(check('smile', 'Smiles'));
    expect(words(base(), inserted)).toEqual(['"Smiles" was added to "Section welcome" at position 1.']);

    const moved = base();
    const [offer] = moved.sections[0]!.elements.splice(2, 1);
    moved.sections[1]!.elements.push(offer!);
    const reordered = base();
    reordered.sections[1]!.elements.reverse();
    expect(words(base(), moved)).toEqual(['"Offers help" moved from "Section welcome" (position 3) to "Section close" (position 3).']);
    expect(words(base(), reordered)).toEqual(['"Says goodbye" moved from position 2 to position 1 in "Section close".']);
  });

  it('reports every setting of an element that changed, as data a screen can use and as words', () => {
    const before = draft([section('s', [check('a', 'A'), scale('b', 3), scale('c', 4)])]);
    const after = draft([
      section('s', [
        check('a', 'A', { points: 2, allowNotApplicable: true, critical: 'scorecard', commentRequiredWhen: 'always', guidance: 'Listen for it' }),
        scale('b', 5, { min: 1 }),
        scale('c', 4, { scaleLabels: ['none', 'poor', 'fair', 'good', 'great'] }),
      ]),
    ]);
    const changes = diffTemplates(parse(before), parse(after));
    expect(changes.map((c) => c.kind)).toEqual([
      'element_guidance_changed',
      'element_points_changed',
      'element_not_applicable_changed',
      'element_critical_changed',
      'element_comment_rule_changed',
      'element_answer_form_changed',
      'element_scale_labels_changed',
    ]);
    expect(changes[5]).toMatchObject({ elementId: 'b', before: { kind: 'scale', min: 0, max: 3 }, after: { kind: 'scale', min: 1, max: 5 } });
    expect(changes.map(describeChange)).toEqual([
      'The guidance of "A" was changed.',
      '"A" is now worth 2 points (it was worth 1 point).',
      '"A" can now be marked not applicable.',
      '"A" is now critical for the whole scorecard (a miss fails it) (it was not critical).',
      '"A" now requires a comment on every answer (it required no comment).',
      '"Element b" is now answered a 1–5 scale (it was a 0–3 scale).',
      'The scale labels of "Element c" were changed.',
    ]);
    expect(words(draft([section('s', [check('a', 'A')])]), draft([section('s', [{ ...scale('a', 2), label: 'A' }])]))).toEqual([
      '"A" is now answered a 0–2 scale (it was met / not met).',
    ]);
  });

  it('reports sections added, removed, renamed, moved and reweighted', () => {
    const before = draft([section('a', [check('x')], { weight: 1 }), section('b', [check('y')], { weight: 1 }), section('c', [check('z')], { weight: 1 })]);
    const after = draft([
      section('c', [check('z')], { weight: 1 }),
      section('a', [check('x')], { weight: 2, title: 'Opening', guidance: 'New guidance' }),
      section('d', [check('w')], { weight: 1 }),
    ]);
    expect(words(before, after)).toEqual([
      'Section "Section c" moved from position 3 to position 1.',
      'Section "Section a" was renamed "Opening".',
      'The guidance of section "Opening" was changed.',
      'Section "Opening" now has a weight of 2 (it had a weight of 1).',
      'Section "Section d" was added at position 3.',
      '"Element w" was added to "Section d" at position 1.',
      'Section "Section b" was removed.',
      '"Element y" was removed from "Section b".',
    ]);
    expect(words(draft([section('a', [check('x')])]), draft([section('a', [check('x')], { weight: 3 })]))).toEqual([
      'Section "Section a" now has a weight of 3 (it had no weight).',
    ]);
  });

  it('reports bands moved, relabelled, added and removed, and the target and template settings', () => {
    const after = base();
    after.name = 'Calls 2027';
    after.description = 'New year, new form';
    after.target = 75;
    after.bands = [
      { id: 'does-not-meet', label: 'Below standard', from: 0, fromInclusive: true, to: 75, toInclusive: false },
      { id: 'meets', label: 'Meets expectations', from: 75, fromInclusive: true, to: 95, toInclusive: false, description: 'On target' },
      { id: 'outstanding', label: 'Outstanding', from: 95, fromInclusive: true, to: 100, toInclusive: true },
    ];
    after.notApplicableBandId = 'does-not-meet';
    expect(words(base(), after)).toEqual([
      'The template was renamed from "Test template" to "Calls 2027".',
      "The template's description was changed.",
      'The target moved from 70 % to 75 %.',
      'A scorecard where nothing applies now gets "Below standard" instead of "Meets expectations".',
      'Band "Does not meet expectations" was renamed "Below standard".',
      'Band "Below standard" now covers 0 % (included) to 75 % (excluded) (it covered 0 % (included) to 70 % (excluded)).',
      'Band "Meets expectations" now covers 75 % (included) to 95 % (excluded) (it covered 70 % (included) to 90 % (included)).',
      'The description of band "Meets expectations" was changed.',
      'Band "Outstanding" was added: 95 % (included) to 100 % (included).',
      'Band "Exceeds expectations" (90 % (excluded) to 100 % (included)) was removed.',
    ]);
  });
});
