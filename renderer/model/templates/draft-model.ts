import type { CommentRequiredWhen, CriticalLevel } from '../../../shared/schemas/template';

/**
 * A template as the builder holds it while it is typed: the template file's
 * fields, where a number is kept as the text typed until it reads as a number
 * ("0.", "abc"), so the draft saves exactly what is on screen and the shared
 * validation names the field that is not a number yet.
 */
export type NumberText = number | string;

export interface BuilderElement {
  id: string;
  kind: 'check' | 'scale';
  label: string;
  guidance?: string;
  points: NumberText;
  allowNotApplicable: boolean;
  critical: CriticalLevel;
  commentRequiredWhen: CommentRequiredWhen;
  /** Scale only; kept while the element is a check so switching back loses nothing. */
  min?: NumberText;
  max?: NumberText;
  scaleLabels?: string[];
}

export interface BuilderSection {
  id: string;
  title: string;
  guidance?: string;
  weight?: NumberText;
  elements: BuilderElement[];
}

export interface BuilderBand {
  id: string;
  label: string;
  description?: string;
  from: NumberText;
  fromInclusive: boolean;
  to: NumberText;
  toInclusive: boolean;
}

export interface BuilderTemplate {
  name: string;
  description?: string;
  sections: BuilderSection[];
  bands: BuilderBand[];
  target: NumberText;
  notApplicableBandId: string;
}

/** What a typed number means: the number once it reads as one, else the text as typed. */
export function readNumber(text: string): NumberText {
  const trimmed = text.trim();
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

export const numberText = (value: NumberText | undefined): string => (value === undefined ? '' : String(value));

const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const num = (value: unknown, fallback: NumberText): NumberText => (typeof value === 'number' || typeof value === 'string' ? value : fallback);
const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T => (options.includes(value as T) ? (value as T) : fallback);

function elementFrom(raw: unknown): BuilderElement {
  const e = record(raw);
  const scale = e.kind === 'scale';
  return {
    id: text(e.id),
    kind: scale ? 'scale' : 'check',
    label: text(e.label),
    ...optional('guidance', typeof e.guidance === 'string' ? e.guidance : undefined),
    points: num(e.points, 1),
    allowNotApplicable: e.allowNotApplicable === true,
    critical: oneOf(e.critical, ['none', 'section', 'scorecard'] as const, 'none'),
    commentRequiredWhen: oneOf(e.commentRequiredWhen, ['never', 'not_fully_met', 'always'] as const, 'never'),
    ...optional('min', e.min === undefined ? undefined : num(e.min, 0)),
    ...optional('max', e.max === undefined ? undefined : num(e.max, 3)),
    ...optional('scaleLabels', Array.isArray(e.scaleLabels) ? e.scaleLabels.map((l) => text(l)) : undefined),
  };
}

/**
 * The builder's model of a saved draft, whatever it holds (a file imported as
 * a draft, a draft saved mid-edit): missing settings take their defaults, so
 * every field shows what the template means.
 */
export function builderTemplateFrom(content: unknown): BuilderTemplate {
  const t = record(content);
  return {
    name: text(t.name),
    ...optional('description', typeof t.description === 'string' ? t.description : undefined),
    sections: list(t.sections).map((raw) => {
      const s = record(raw);
      return {
        id: text(s.id),
        title: text(s.title),
        ...optional('guidance', typeof s.guidance === 'string' ? s.guidance : undefined),
        ...optional('weight', s.weight === undefined ? undefined : num(s.weight, 1)),
        elements: list(s.elements).map(elementFrom),
      };
    }),
    bands: list(t.bands).map((raw) => {
      const b = record(raw);
      return {
        id: text(b.id),
        label: text(b.label),
        ...optional('description', typeof b.description === 'string' ? b.description : undefined),
        from: num(b.from, 0),
        fromInclusive: b.fromInclusive !== false,
        to: num(b.to, 100),
        toInclusive: b.toInclusive === true,
      };
    }),
    target: num(t.target, 70),
    notApplicableBandId: text(t.notApplicableBandId),
  };
}

/**
 * The draft as it is saved and validated: a check element carries no scale
 * settings (they stay in the builder's memory until the draft is reloaded).
 */
export function draftContent(template: BuilderTemplate): Record<string, unknown> {
  return {
    ...template,
    sections: template.sections.map((s) => ({
      ...s,
      elements: s.elements.map((e) => {
        if (e.kind === 'scale') return e;
        const { min: _min, max: _max, scaleLabels: _labels, ...check } = e;
        return check;
      }),
    })),
  };
}
