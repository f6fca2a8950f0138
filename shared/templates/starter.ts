import type { TemplateDefinitionInput } from './definition';

/**
 * What a new template starts as: one section with one element, and the
 * seed's bands and target (below 70 does not meet, 70 to 90 meets, above 90
 * exceeds, nothing applicable meets), which most forms use or adapt. The
 * builder takes it from there.
 */
export function starterTemplate(name: string): TemplateDefinitionInput {
  return {
    name,
    sections: [{ id: 'section-1', title: 'Section 1', elements: [{ id: 'element-1', kind: 'check', label: 'Element 1' }] }],
    bands: [
      { id: 'does-not-meet', label: 'Does not meet expectations', from: 0, fromInclusive: true, to: 70, toInclusive: false },
      { id: 'meets', label: 'Meets expectations', from: 70, fromInclusive: true, to: 90, toInclusive: true },
      { id: 'exceeds', label: 'Exceeds expectations', from: 90, fromInclusive: false, to: 100, toInclusive: true },
    ],
    target: 70,
    notApplicableBandId: 'meets',
  };
}
