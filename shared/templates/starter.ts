import { builtinTemplate } from './builtin';
import type { TemplateDefinitionInput } from './definition';

/**
 * What a new template starts as: one section with one element, and the
 * seed's bands, target and not-applicable band (below 70 does not meet, 70 to
 * 90 meets, above 90 exceeds), which most forms use or adapt. The builder
 * takes it from there.
 */
export function starterTemplate(name: string): TemplateDefinitionInput {
  const { bands, target, notApplicableBandId } = builtinTemplate;
  return {
    name,
    sections: [{ id: 'section-1', title: 'Section 1', elements: [{ id: 'element-1', kind: 'check', label: 'Element 1' }] }],
    bands: bands.map((band) => ({ ...band })),
    target,
    notApplicableBandId,
  };
}
