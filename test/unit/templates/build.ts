// Template definitions for the template tests: the seed's bands, and only what each test is about.
import type { TemplateDefinitionInput } from '../../../shared/templates/definition';

type ElementInput = TemplateDefinitionInput['sections'][number]['elements'][number];
type SectionInput = TemplateDefinitionInput['sections'][number];

export const SEED_BANDS = [
  { id: 'does-not-meet', label: 'Does not meet expectations', from: 0, fromInclusive: true, to: 70, toInclusive: false },
  { id: 'meets', label: 'Meets expectations', from: 70, fromInclusive: true, to: 90, toInclusive: true },
  { id: 'exceeds', label: 'Exceeds expectations', from: 90, fromInclusive: false, to: 100, toInclusive: true },
];

export const check = (id: string, label = `Element ${id}`, extra: Partial<ElementInput> = {}): ElementInput =>
  ({ id, kind: 'check', label, ...extra }) as ElementInput;

export const scale = (id: string, max: number, extra: Record<string, unknown> = {}): ElementInput =>
  ({ id, kind: 'scale', label: `Element ${id}`, max, scaleLabels: Array.from({ length: max + 1 - Number(extra.min ?? 0) }, (_, v) => `${v}`), ...extra }) as ElementInput;

export const section = (id: string, elements: ElementInput[], extra: Partial<SectionInput> = {}): SectionInput => ({
  id,
  title: `Section ${id}`,
  elements,
  ...extra,
});

export const draft = (sections: SectionInput[], extra: Partial<TemplateDefinitionInput> = {}): TemplateDefinitionInput => ({
  name: 'Test template',
  sections,
  bands: SEED_BANDS.map((b) => ({ ...b })),
  target: 70,
  notApplicableBandId: 'meets',
  ...extra,
});
