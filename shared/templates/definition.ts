import { z } from 'zod';
import { Band, CheckElement, ScaleElement, TemplateContent, TemplateSection, scaleMin } from '../schemas/template';
import { crossFieldRules } from './template-rules';

/**
 * A template as the builder edits it and as files carry it: the scoring
 * content of `shared/schemas/template.ts`, checked strictly enough to be
 * published (a weight of 0 is refused, bands must tile 0–100 in order), with
 * messages that name each field. A valid definition is a TemplateContent the
 * engine scores as it is. This schema holds only what one field can say about
 * itself (and a scale about its own range); what fields say about each other
 * (unique keys, bands that tile 0–100, weights on all sections or none) is in
 * `template-rules.ts`, so that every error is reported, not only those of the
 * first failing layer.
 */

/** The answer schema allows scale values 0..10 (shared/schemas/scorecard.ts), so a scale lives inside that. */
export const SCALE_LIMIT = 10;

const Key = TemplateSection.shape.id;
const Label = TemplateSection.shape.title;

const elementFields = CheckElement.shape;

export const DefinitionCheckElement = z.object(elementFields);

export const DefinitionScaleElement = z
  .object({
    ...elementFields,
    kind: z.literal('scale'),
    min: ScaleElement.shape.min,
    max: ScaleElement.shape.max,
    scaleLabels: ScaleElement.shape.scaleLabels,
  })
  .superRefine((element, ctx) => {
    const min = scaleMin(element);
    if (element.max <= min) ctx.addIssue({ code: 'custom', path: ['max'], message: `must be above the scale's minimum (${min})` });
    else if (element.scaleLabels.length !== element.max - min + 1)
      ctx.addIssue({
        code: 'custom',
        path: ['scaleLabels'],
        message: `needs one label for each point from ${min} to ${element.max} (${element.max - min + 1} labels), not ${element.scaleLabels.length}`,
      });
    // Rule 4 fails a critical element "not fully met": an element that cannot be anything else but fully met can never fail.
    if (element.critical !== 'none' && element.max === min)
      ctx.addIssue({ code: 'custom', path: ['critical'], message: 'a critical element must be able to fail, and a scale with a single point cannot' });
  });

export const DefinitionElement = z.discriminatedUnion('kind', [DefinitionCheckElement, DefinitionScaleElement]);
export type DefinitionElement = z.infer<typeof DefinitionElement>;
export type DefinitionScaleElement = z.infer<typeof DefinitionScaleElement>;

export const DefinitionSection = z.object({
  id: Key,
  title: Label,
  guidance: TemplateSection.shape.guidance,
  /** A positive number; SCORING.md: a weight of 0 is refused, a section that counts for nothing should not be scored. */
  weight: z.number().positive().finite().optional(),
  elements: z.array(DefinitionElement).min(1),
});
export type DefinitionSection = z.infer<typeof DefinitionSection>;

/** Field by field: what `validateTemplate` reports first. */
export const TemplateDefinitionFields = z.object({
  name: TemplateContent.shape.name,
  description: TemplateContent.shape.description,
  sections: z.array(DefinitionSection).min(1),
  bands: z.array(Band).min(1),
  target: TemplateContent.shape.target,
  notApplicableBandId: Key,
});

/** The whole definition, fields and the rules between them. */
export const TemplateDefinition = TemplateDefinitionFields.superRefine((template, ctx) => {
  for (const error of crossFieldRules(template)) ctx.addIssue({ code: 'custom', path: error.path, message: error.message });
});
export type TemplateDefinition = z.infer<typeof TemplateDefinition>;
export type TemplateDefinitionInput = z.input<typeof TemplateDefinition>;
