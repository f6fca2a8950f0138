import type { BuilderBand, BuilderElement, BuilderSection, BuilderTemplate, NumberText } from './draft-model';
import { isGeneratedKey, slugOf, uniqueKey } from './keys';
import type { OutlineItem } from './outline';

/**
 * Every change the builder makes to a draft, as pure functions returning a
 * new template (unchanged parts keep their identity, so only what changed
 * re-renders). `frozen` holds the keys of the version the draft was started
 * from: published keys never change.
 */

const elementKeys = (t: BuilderTemplate, except?: BuilderElement) => new Set(t.sections.flatMap((s) => s.elements.filter((e) => e !== except).map((e) => e.id)));
const sectionKeys = (t: BuilderTemplate, except?: BuilderSection) => new Set(t.sections.filter((s) => s !== except).map((s) => s.id));

const newElement = (id: string, n: number): BuilderElement => ({
  id,
  kind: 'check',
  label: `Element ${n}`,
  points: 1,
  allowNotApplicable: false,
  critical: 'none',
  commentRequiredWhen: 'never',
});

const withSection = (t: BuilderTemplate, s: number, section: BuilderSection): BuilderTemplate => ({ ...t, sections: t.sections.map((x, i) => (i === s ? section : x)) });

export function updateSection(t: BuilderTemplate, s: number, patch: Partial<BuilderSection>, frozen: ReadonlySet<string>): BuilderTemplate {
  const section = t.sections[s]!;
  const next = { ...section, ...patch };
  if (patch.title !== undefined && !frozen.has(section.id) && patch.id === undefined && isGeneratedKey(section.id, section.title, 'section'))
    next.id = uniqueKey(slugOf(patch.title, 'section'), sectionKeys(t, section));
  return withSection(t, s, next);
}

export function updateElement(t: BuilderTemplate, s: number, e: number, patch: Partial<BuilderElement>, frozen: ReadonlySet<string>): BuilderTemplate {
  const section = t.sections[s]!;
  const element = section.elements[e]!;
  const next = { ...element, ...patch };
  if (patch.label !== undefined && !frozen.has(element.id) && patch.id === undefined && isGeneratedKey(element.id, element.label, 'element'))
    next.id = uniqueKey(slugOf(patch.label, 'element'), elementKeys(t, element));
  return withSection(t, s, { ...section, elements: section.elements.map((x, i) => (i === e ? next : x)) });
}

const defaultLabels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => String(min + i));

/** Check ↔ scale. A new scale is 0–3; a scale keeps its range and labels when it comes back. */
export function setKind(t: BuilderTemplate, s: number, e: number, kind: 'check' | 'scale', frozen: ReadonlySet<string>): BuilderTemplate {
  const element = t.sections[s]!.elements[e]!;
  if (kind === 'check' || element.max !== undefined) return updateElement(t, s, e, { kind }, frozen);
  return updateElement(t, s, e, { kind, min: 0, max: 3, scaleLabels: defaultLabels(0, 3) }, frozen);
}

/** A new range keeps the labels of the points it still has, and numbers the new ones. */
export function setScaleRange(t: BuilderTemplate, s: number, e: number, range: { min?: NumberText; max?: NumberText }, frozen: ReadonlySet<string>): BuilderTemplate {
  const element = t.sections[s]!.elements[e]!;
  const next = { min: range.min ?? element.min ?? 0, max: range.max ?? element.max ?? 3 };
  const [oldMin, min, max] = [Number(element.min ?? 0), Number(next.min), Number(next.max)];
  const labels = element.scaleLabels ?? [];
  const fits = Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max <= 10 && max >= min;
  const scaleLabels = fits ? Array.from({ length: max - min + 1 }, (_, i) => labels[min + i - oldMin] ?? String(min + i)) : labels;
  return updateElement(t, s, e, { ...next, scaleLabels }, frozen);
}

export function setScaleLabel(t: BuilderTemplate, s: number, e: number, point: number, label: string, frozen: ReadonlySet<string>): BuilderTemplate {
  const labels = t.sections[s]!.elements[e]!.scaleLabels ?? [];
  return updateElement(t, s, e, { scaleLabels: labels.map((l, i) => (i === point ? label : l)) }, frozen);
}

export function addSection(t: BuilderTemplate, after: number): BuilderTemplate {
  const n = t.sections.length + 1;
  const id = uniqueKey(`section-${n}`, sectionKeys(t));
  const elementId = uniqueKey(`element-${elementKeys(t).size + 1}`, elementKeys(t));
  const weighted = t.sections.length > 0 && t.sections.every((x) => x.weight !== undefined);
  const section: BuilderSection = { id, title: `Section ${n}`, ...(weighted ? { weight: 1 } : {}), elements: [newElement(elementId, 1)] };
  const sections = [...t.sections];
  sections.splice(after + 1, 0, section);
  return { ...t, sections };
}

export function addElement(t: BuilderTemplate, s: number, after: number): BuilderTemplate {
  const section = t.sections[s]!;
  const id = uniqueKey(`element-${elementKeys(t).size + 1}`, elementKeys(t));
  const elements = [...section.elements];
  elements.splice(after + 1, 0, newElement(id, section.elements.length + 1));
  return withSection(t, s, { ...section, elements });
}

export function removeItem(t: BuilderTemplate, item: OutlineItem): BuilderTemplate {
  if (item.kind === 'section') return { ...t, sections: t.sections.filter((_, i) => i !== item.section) };
  const section = t.sections[item.section]!;
  return withSection(t, item.section, { ...section, elements: section.elements.filter((_, i) => i !== item.element) });
}

/**
 * Moves a section past its neighbour, or an element one place, crossing into
 * the neighbouring section at either end. Returns where the item went, or
 * null when it cannot go further.
 */
export function moveItem(t: BuilderTemplate, item: OutlineItem, step: -1 | 1): { template: BuilderTemplate; item: OutlineItem } | null {
  if (item.kind === 'section') {
    const to = item.section + step;
    if (to < 0 || to >= t.sections.length) return null;
    const sections = [...t.sections];
    [sections[item.section], sections[to]] = [sections[to]!, sections[item.section]!];
    return { template: { ...t, sections }, item: { ...item, section: to, number: `${to + 1}` } };
  }
  const section = t.sections[item.section]!;
  const element = section.elements[item.element]!;
  const to = item.element + step;
  if (to >= 0 && to < section.elements.length) {
    const elements = [...section.elements];
    [elements[item.element], elements[to]] = [elements[to]!, element];
    return { template: withSection(t, item.section, { ...section, elements }), item: { ...item, element: to, number: `${item.section + 1}.${to + 1}` } };
  }
  const into = item.section + step;
  const target = t.sections[into];
  if (!target) return null;
  const position = step < 0 ? target.elements.length : 0;
  const elements = [...target.elements];
  elements.splice(position, 0, element);
  const moved = withSection(withSection(t, item.section, { ...section, elements: section.elements.filter((x) => x !== element) }), into, { ...target, elements });
  return { template: moved, item: { kind: 'element', section: into, element: position, number: `${into + 1}.${position + 1}` } };
}

/** Weights on every section (1 each to start) or on none: SCORING.md rule 3 allows nothing in between. */
export function setWeighted(t: BuilderTemplate, weighted: boolean): BuilderTemplate {
  return {
    ...t,
    sections: t.sections.map(({ weight, ...section }) => (weighted ? { ...section, weight: weight ?? 1 } : section)),
  };
}

/**
 * Bands are edited by their lower bounds, so they always meet: setting where a
 * band starts (and whether it includes that score) also ends the band below
 * it there, on the other side of the boundary. Bounds out of order are left
 * for validation to name ("overlaps …").
 */
export function setBandStart(t: BuilderTemplate, i: number, from: NumberText, fromInclusive: boolean): BuilderTemplate {
  const bands = t.bands.map((b, j) => {
    if (j === i) return { ...b, from, fromInclusive };
    if (j === i - 1) return { ...b, to: from, toInclusive: !fromInclusive };
    return b;
  });
  return { ...t, bands };
}

export function updateBand(t: BuilderTemplate, i: number, patch: Partial<Pick<BuilderBand, 'label' | 'description' | 'id'>>, frozen: ReadonlySet<string>): BuilderTemplate {
  const band = t.bands[i]!;
  const next = { ...band, ...patch };
  if (patch.label !== undefined && !frozen.has(band.id) && patch.id === undefined && isGeneratedKey(band.id, band.label, 'band')) {
    next.id = uniqueKey(slugOf(patch.label, 'band'), new Set(t.bands.filter((b) => b !== band).map((b) => b.id)));
  }
  const notApplicableBandId = t.notApplicableBandId === band.id ? next.id : t.notApplicableBandId;
  return { ...t, notApplicableBandId, bands: t.bands.map((b, j) => (j === i ? next : b)) };
}

/** A new band takes the upper half of band `i`, so the bands still cover 0–100 once each. */
export function splitBand(t: BuilderTemplate, i: number): BuilderTemplate {
  const band = t.bands[i]!;
  const [from, to] = [Number(band.from), Number(band.to)];
  const middle = Number.isFinite(from) && Number.isFinite(to) ? Math.round(((from + to) / 2) * 100) / 100 : 50;
  const id = uniqueKey(`band-${t.bands.length + 1}`, new Set(t.bands.map((b) => b.id)));
  const added: BuilderBand = { id, label: `Band ${t.bands.length + 1}`, from: middle, fromInclusive: true, to: band.to, toInclusive: band.toInclusive };
  const bands = [...t.bands];
  bands.splice(i, 1, { ...band, to: middle, toInclusive: false }, added);
  return { ...t, bands };
}

/** Removing a band gives its scores to the band below (or, for the lowest, to the one above). */
export function removeBand(t: BuilderTemplate, i: number): BuilderTemplate {
  const band = t.bands[i]!;
  if (t.bands.length < 2) return t;
  const bands = t.bands.filter((_, j) => j !== i).map((b, j) => {
    if (i > 0 && j === i - 1) return { ...b, to: band.to, toInclusive: band.toInclusive };
    if (i === 0 && j === 0) return { ...b, from: band.from, fromInclusive: band.fromInclusive };
    return b;
  });
  const heir = bands[Math.max(0, i - 1)]!;
  return { ...t, bands, notApplicableBandId: t.notApplicableBandId === band.id ? heir.id : t.notApplicableBandId };
}

