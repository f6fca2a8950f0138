import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../../shared/templates/builtin';
import { TemplateDefinition, type TemplateDefinitionInput } from '../../../shared/templates/definition';
import { validateElementMap, type ElementMap } from '../../../shared/templates/element-map';
import { describeFieldError } from '../../../shared/templates/field-errors';
import { containedIn, labelProfile, labelSimilarity } from '../../../shared/templates/label-similarity';
import { proposeElementMap } from '../../../shared/templates/propose-element-map';
import { check, draft, section } from './build';

const parse = (input: TemplateDefinitionInput) => TemplateDefinition.parse(input);

const v1 = parse(
  draft([
    section('welcome', [check('greet', 'Greeting applicable to the time of day'), check('intro', 'Introduction of self and team'), check('upbeat', 'Upbeat and friendly')]),
    section('interaction', [
      check('listening', "Active listening; uses the customer's name and builds rapport"),
      check('empathy', 'Appropriate use of empathy'),
      check('hold', 'Asks before putting on hold'),
      check('silence', 'Explains any silence'),
    ]),
  ]),
);

const v2 = parse(
  draft([
    section('welcome', [check('greet', 'Greeting applicable to the time of day'), check('introduction', 'Introduction of self and the team'), check('smile', 'Smiles')]),
    section('interaction', [
      check('active-listening', 'Active listening'),
      check('uses-name', "Uses the customer's name"),
      check('rapport', 'Builds rapport'),
      check('empathy', 'Shows empathy'),
      check('hold-silence', 'Asks before putting on hold and explains any silence'),
    ]),
  ]),
);

describe('proposing an element map from one version to the next', () => {
  it('maps by key, then by wording, then finds splits and merges, and leaves the rest new or removed', () => {
    expect(proposeElementMap(v1, v2).entries).toEqual([
      { kind: 'same', from: 'greet', to: 'greet', basis: 'same_key' },
      { kind: 'same', from: 'intro', to: 'introduction', basis: 'similar_label' },
      { kind: 'new', to: 'smile', basis: 'unmatched' },
      { kind: 'split', from: 'listening', to: ['active-listening', 'uses-name', 'rapport'], basis: 'contained_label' },
      { kind: 'same', from: 'empathy', to: 'empathy', basis: 'same_key' },
      { kind: 'merged', from: ['hold', 'silence'], to: 'hold-silence', basis: 'contained_label' },
      { kind: 'removed', from: 'upbeat', basis: 'unmatched' },
    ]);
  });

  it('proposes a map that passes its own validation, and maps a version onto itself as all "same"', () => {
    expect(validateElementMap(proposeElementMap(v1, v2), v1, v2).ok).toBe(true);
    const self = proposeElementMap(builtinTemplate, builtinTemplate);
    expect(self.entries).toHaveLength(20);
    expect(self.entries.every((e) => e.kind === 'same' && e.from === e.to)).toBe(true);
  });

  it('measures wording simply: character pairs for rewording, words for containment', () => {
    const similarity = (a: string, b: string) => labelSimilarity(labelProfile(a), labelProfile(b));
    const contained = (part: string, whole: string) => containedIn(labelProfile(part), labelProfile(whole));
    expect(similarity('Introduction of self and team', 'Introduction of self and the team')).toBeGreaterThan(0.9);
    expect(similarity('Smiles', 'Upbeat and friendly')).toBeLessThan(0.3);
    expect(similarity('', '')).toBe(1);
    expect(contained("Uses the customer's name", "Active listening; uses the customer's name and builds rapport")).toBe(1);
    expect(contained('Smiles', 'Upbeat and friendly')).toBe(0);
  });
});

describe('validating an edited element map', () => {
  const errorsOf = (map: unknown) => {
    const result = validateElementMap(map, v1, v2);
    return result.ok ? [] : result.errors.map(describeFieldError);
  };
  const proposal = () => proposeElementMap(v1, v2);

  it('accepts a person\'s edit that still accounts for everything once', () => {
    const edited = proposal();
    // The reviewer decides "Smiles" is what "Upbeat and friendly" became.
    edited.entries = edited.entries.filter((e) => !(e.kind === 'new' || e.kind === 'removed'));
    edited.entries.push({ kind: 'same', from: 'upbeat', to: 'smile', basis: 'edited' });
    expect(errorsOf(edited)).toEqual([]);
  });

  it('names elements left out on either side', () => {
    const map: ElementMap = { entries: proposal().entries.filter((e) => e.kind !== 'removed' && e.kind !== 'new') };
    expect(errorsOf(map)).toEqual([
      'entries: "Upbeat and friendly" (upbeat) of the older version is not mapped: say whether it continues, was split, merged, or removed',
      'entries: "Smiles" (smile) of the newer version is not mapped: say whether it continues, was split, merged, or is new',
    ]);
  });

  it('points at ids that do not exist and elements mapped twice', () => {
    const map = proposal();
    map.entries.push({ kind: 'same', from: 'greet', to: 'nowhere' }, { kind: 'merged', from: ['upbeat', 'ghost'], to: 'smile' });
    expect(errorsOf(map)).toEqual([
      'entries[7].from: "greet" is already mapped by entries[0]',
      'entries[8].from[0]: "upbeat" is already mapped by entries[6]',
      'entries[8].from[1]: "ghost" is not an element of the older version',
      'entries[7].to: "nowhere" is not an element of the newer version',
      'entries[8].to: "smile" is already mapped by entries[2]',
    ]);
  });

  it('refuses a split into one part, a merge of one, and entries of an unknown kind', () => {
    expect(errorsOf({ entries: [{ kind: 'split', from: 'greet', to: ['greet'] }] })).toContain('entries[0].to: needs at least 2 items');
    expect(errorsOf({ entries: [{ kind: 'merged', from: ['greet'], to: 'greet' }] })).toContain('entries[0].from: needs at least 2 items');
    expect(errorsOf({ entries: [{ kind: 'renamed', from: 'greet', to: 'greet' }] })).toEqual(['entries[0].kind: must be "same" or "split" or "merged" or "new" or "removed"']);
  });
});
