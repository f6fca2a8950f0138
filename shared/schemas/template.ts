import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/**
 * A scorecard template version. Templates are data: what SCORING.md calls
 * "template settings" is exactly this schema, and a completed scorecard keeps
 * the version it was scored against (rule 8).
 */

const Label = z.string().trim().min(1, { message: 'a label is required' }).max(500);
const Guidance = z.string().max(5000).optional();
/** Element and section ids are stable keys within a template, used by answers and exports. */
const Key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'keys are lower-case letters, digits and dashes' });

export const CriticalLevel = z.enum(['none', 'section', 'scorecard']);
export type CriticalLevel = z.infer<typeof CriticalLevel>;

/** Rule 7: a comment is required never, on an answer short of full points, or on every answer (not applicable included). */
export const CommentRequiredWhen = z.enum(['never', 'not_fully_met', 'always']);
export type CommentRequiredWhen = z.infer<typeof CommentRequiredWhen>;

const ElementBase = {
  id: Key,
  label: Label,
  guidance: Guidance,
  points: z.number().positive({ message: 'points must be positive' }).finite().default(1),
  allowNotApplicable: z.boolean().default(false),
  critical: CriticalLevel.default('none'),
  commentRequiredWhen: CommentRequiredWhen.default('never'),
};

export const CheckElement = z.object({ ...ElementBase, kind: z.literal('check') });

/** The lowest point of a scale: `min`, or 0 when a template leaves it out (every template before `min` existed). */
export const scaleMin = (element: { min?: number | undefined }): number => element.min ?? 0;

export const ScaleElement = z
  .object({
    ...ElementBase,
    kind: z.literal('scale'),
    /**
     * Optional with no default, so a template written before `min` existed
     * keeps its exact content and content hash.
     */
    min: z.number().int().min(0).max(9).optional(),
    max: z.number().int().min(1).max(10),
    /** One label per point, min..max. */
    scaleLabels: z.array(z.string().trim().min(1).max(100)),
  })
  .refine((e) => e.max > scaleMin(e), { message: "a scale's max must be above its min", path: ['max'] })
  .refine((e) => e.scaleLabels.length === e.max - scaleMin(e) + 1, {
    message: 'a scale needs one label for each point from its min to its max',
    path: ['scaleLabels'],
  });

export const TemplateElement = z.discriminatedUnion('kind', [CheckElement, ScaleElement]);
export type TemplateElement = z.infer<typeof TemplateElement>;
export type CheckElement = z.infer<typeof CheckElement>;
export type ScaleElement = z.infer<typeof ScaleElement>;

export const TemplateSection = z.object({
  id: Key,
  title: Label,
  guidance: Guidance,
  weight: z.number().min(0).finite().optional(),
  elements: z.array(TemplateElement).min(1, { message: 'a section needs at least one element' }),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const Band = z.object({
  id: Key,
  label: Label,
  description: z.string().max(500).optional(),
  from: z.number().min(0).max(100),
  fromInclusive: z.boolean(),
  to: z.number().min(0).max(100),
  toInclusive: z.boolean(),
});
export type Band = z.infer<typeof Band>;

function checkBands(bands: Band[], ctx: z.RefinementCtx) {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['bands'] });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return issue('at least one band is required');
  if (first.from !== 0 || !first.fromInclusive) issue('the first band must start at 0, inclusive');
  if (last.to !== 100 || !last.toInclusive) issue('the last band must end at 100, inclusive');
  bands.forEach((band, i) => {
    if (band.from > band.to || (band.from === band.to && !(band.fromInclusive && band.toInclusive)))
      issue(`band "${band.label}" is empty`);
    const next = bands[i + 1];
    if (!next) return;
    if (band.to !== next.from) issue(`bands "${band.label}" and "${next.label}" leave a gap or overlap`);
    else if (band.toInclusive === next.fromInclusive)
      issue(`the boundary at ${band.to} between "${band.label}" and "${next.label}" must belong to exactly one band`);
  });
}

function checkUnique(values: string[], what: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} "${v}"` });
    seen.add(v);
  }
}

/** The scoring content of a template version: everything the engine needs. */
export const TemplateContent = z
  .object({
    name: Label,
    description: z.string().max(5000).optional(),
    sections: z.array(TemplateSection).min(1, { message: 'a template needs at least one section' }),
    bands: z.array(Band),
    target: z.number().min(0).max(100),
    /** The band given when nothing could be scored (seed: "Meets expectations"). */
    notApplicableBandId: Key,
  })
  .superRefine((t, ctx) => {
    checkBands(t.bands, ctx);
    checkUnique(t.sections.map((s) => s.id), 'section id', ctx);
    checkUnique(t.sections.flatMap((s) => s.elements.map((e) => e.id)), 'element id', ctx);
    checkUnique(t.bands.map((b) => b.id), 'band id', ctx);
    const weighted = t.sections.filter((s) => s.weight !== undefined).length;
    if (weighted !== 0 && weighted !== t.sections.length)
      ctx.addIssue({ code: 'custom', message: 'either every section has a weight or none does', path: ['sections'] });
    if (!t.bands.some((b) => b.id === t.notApplicableBandId))
      ctx.addIssue({ code: 'custom', message: 'the not-applicable band must be one of the bands', path: ['notApplicableBandId'] });
  });
export type TemplateContent = z.infer<typeof TemplateContent>;
export type TemplateContentInput = z.input<typeof TemplateContent>;

export const TemplateVersion = z.object({
  id: Id,
  templateId: Id,
  version: z.number().int().min(1),
  content: TemplateContent,
  /** SHA-256 of the canonical content, so exports can reference a version unambiguously. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  builtIn: z.boolean(),
  createdAt: IsoDateTime,
});
export type TemplateVersion = z.infer<typeof TemplateVersion>;

export const TemplateSummary = z.object({
  templateId: Id,
  name: z.string(),
  latestVersionId: Id,
  latestVersion: z.number().int(),
  builtIn: z.boolean(),
  /** Who published it, for a colleague's template read from a share; '' for templates of this install. */
  sharedBy: z.string(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;
