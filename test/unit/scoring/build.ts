// Compact builders for test templates: each test states only the settings it is about.
import type { AnswerInput } from '../../../shared/scoring';
import type { AnswerValue } from '../../../shared/schemas/scorecard';
import { TemplateContent, type TemplateContentInput } from '../../../shared/schemas/template';

type ElementInput = TemplateContentInput['sections'][number]['elements'][number];
type SectionInput = TemplateContentInput['sections'][number];
type Extra<T> = Partial<Omit<T, 'id' | 'kind'>>;

export const check = (id: string, extra: Extra<Extract<ElementInput, { kind: 'check' }>> = {}): ElementInput => ({
  id,
  kind: 'check',
  label: `Element ${id}`,
  ...extra,
});

export const scale = (id: string, max: number, extra: Extra<Extract<ElementInput, { kind: 'scale' }>> = {}): ElementInput => ({
  id,
  kind: 'scale',
  label: `Element ${id}`,
  max,
  scaleLabels: Array.from({ length: max + 1 }, (_, v) => `${v}`),
  ...extra,
});

export const section = (id: string, elements: ElementInput[], extra: Partial<SectionInput> = {}): SectionInput => ({
  id,
  title: `Section ${id}`,
  elements,
  ...extra,
});

/** The seed's bands and target, so band ids read the same in every test. */
export const template = (sections: SectionInput[], extra: Partial<TemplateContentInput> = {}): TemplateContent =>
  TemplateContent.parse({
    name: 'Test template',
    sections,
    bands: [
      { id: 'does-not-meet', label: 'Does not meet expectations', from: 0, fromInclusive: true, to: 70, toInclusive: false },
      { id: 'meets', label: 'Meets expectations', from: 70, fromInclusive: true, to: 90, toInclusive: true },
      { id: 'exceeds', label: 'Exceeds expectations', from: 90, fromInclusive: false, to: 100, toInclusive: true },
    ],
    target: 70,
    notApplicableBandId: 'meets',
    ...extra,
  });

export const answers = (values: Record<string, AnswerValue | null | AnswerInput>): Map<string, AnswerInput> =>
  new Map(
    Object.entries(values).map(([id, v]) => [id, v !== null && typeof v === 'object' ? v : { value: v }]),
  );

/** "a/b" for an ExactValue, to compare exact results in one readable string. */
export const ratio = (exact: { numerator: string; denominator: string } | undefined) =>
  exact && `${exact.numerator}/${exact.denominator}`;
