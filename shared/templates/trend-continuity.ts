import { canonicalJson } from '../util/canonical-json';
import { answerFormOf, describeAnswerForm, sameAnswerForm } from './answer-form';
import type { DefinitionElement, TemplateDefinition } from './definition';
import { sourcesOf, targetsOf, type ElementMap, type ElementMapEntry } from './element-map';

/** What a report plots: the overall score, one section's score, or one element's results. */
export type TrendSubject =
  | { kind: 'overall' }
  | { kind: 'section'; sectionId: string }
  /** `version` says which of the two versions `elementId` belongs to. */
  | { kind: 'element'; elementId: string; version: 'before' | 'after' };

/**
 * Whether a trend line may run on across a version change. `reasons` say why
 * not, in words a report prints at the change; `notes` are changes a reader
 * should know of that do not break the comparison.
 */
export type TrendContinuity = { continues: true; notes: string[] } | { continues: false; reasons: string[]; notes: string[] };

interface Located {
  element: DefinitionElement;
  sectionId: string;
  sectionTitle: string;
}

function locate(template: TemplateDefinition): Map<string, Located> {
  return new Map(template.sections.flatMap((s) => s.elements.map((element) => [element.id, { element, sectionId: s.id, sectionTitle: s.title }] as const)));
}

const verdict = (reasons: string[], notes: string[]): TrendContinuity => (reasons.length ? { continues: false, reasons, notes } : { continues: true, notes });
const quoted = (labels: string[]) => labels.map((l) => `"${l}"`).join(' and ');

/**
 * Decides whether a report's trend of an element, a section or the overall
 * score can continue from one version to the next, using the element map a
 * person confirmed. Strict on purpose: the most common complaint about QA tools
 * is a trend that silently compares different things across a change, so
 * anything that changes what a score measures ends the line, with the reason.
 */
export function trendContinuity(before: TemplateDefinition, after: TemplateDefinition, map: ElementMap, subject: TrendSubject): TrendContinuity {
  const context = { old: locate(before), now: locate(after), map };
  if (subject.kind === 'element') return elementTrend(context, subject.elementId, subject.version);
  if (subject.kind === 'section') return sectionTrend(context, before, after, subject.sectionId);
  return overallTrend(context, before, after);
}

interface Context {
  old: Map<string, Located>;
  now: Map<string, Located>;
  map: ElementMap;
}

/** Why a mapped pair no longer measures the same, or notes on what changed around it. */
function comparePair(was: DefinitionElement, now: DefinitionElement, reasons: string[], notes: string[], scope: 'element' | 'section' | 'overall'): void {
  const [a, b] = [answerFormOf(was), answerFormOf(now)];
  if (!sameAnswerForm(a, b)) reasons.push(`"${now.label}" is now answered ${describeAnswerForm(b)} (it was ${describeAnswerForm(a)}), so its results before and after measure different things`);
  if (was.label !== now.label) notes.push(`"${was.label}" was reworded to "${now.label}"`);
  if (was.allowNotApplicable !== now.allowNotApplicable)
    notes.push(`"${now.label}" ${now.allowNotApplicable ? 'can now' : 'can no longer'} be marked not applicable, so ${now.allowNotApplicable ? 'fewer' : 'more'} interactions may count towards it`);
  if (was.points !== now.points) {
    const text = `"${now.label}" is now worth ${now.points} points (it was worth ${was.points})`;
    if (scope === 'element') notes.push(`${text}: its own results still compare`);
    else reasons.push(`${text}, which reweighs the score`);
  }
  if (was.critical !== now.critical) {
    const level = (l: DefinitionElement['critical']) => (l === 'none' ? 'not critical' : `critical for the ${l}`);
    const text = `"${now.label}" changed from ${level(was.critical)} to ${level(now.critical)}`;
    // A section-critical miss zeroes its section; a scorecard-critical one the overall score (rule 4).
    const matters = scope === 'overall' || (scope === 'section' && (was.critical === 'section') !== (now.critical === 'section'));
    if (matters) reasons.push(`${text}, which changes how a miss scores`);
    else notes.push(text);
  }
}

/** Why an entry that is not "same" ends the trend of the elements it touches. */
function entryBreak(entry: Exclude<ElementMapEntry, { kind: 'same' }>, ctx: Context): string {
  const oldLabels = sourcesOf(entry).map((id) => ctx.old.get(id)!.element.label);
  const newLabels = targetsOf(entry).map((id) => ctx.now.get(id)!.element.label);
  switch (entry.kind) {
    case 'new':
      return `${quoted(newLabels)} is new in this version, with no history before the change`;
    case 'removed':
      return `${quoted(oldLabels)} was removed, so its results end at the change`;
    case 'split':
      return `${quoted(oldLabels)} was split into ${quoted(newLabels)}: each part checks less than the whole did`;
    case 'merged':
      return `${quoted(oldLabels)} were merged into ${quoted(newLabels)}: the combined element checks more than any part did`;
  }
}

function elementTrend(ctx: Context, elementId: string, version: 'before' | 'after'): TrendContinuity {
  const side = version === 'before' ? sourcesOf : targetsOf;
  const entry = ctx.map.entries.find((e) => side(e).includes(elementId));
  if (!entry) throw new RangeError(`element "${elementId}" is not in the map's ${version} version`);
  if (entry.kind !== 'same') return verdict([entryBreak(entry, ctx)], []);
  const reasons: string[] = [];
  const notes: string[] = [];
  comparePair(ctx.old.get(entry.from)!.element, ctx.now.get(entry.to)!.element, reasons, notes, 'element');
  return verdict(reasons, notes);
}

function sectionTrend(ctx: Context, before: TemplateDefinition, after: TemplateDefinition, sectionId: string): TrendContinuity {
  const was = before.sections.find((s) => s.id === sectionId);
  const now = after.sections.find((s) => s.id === sectionId);
  if (!was && !now) throw new RangeError(`section "${sectionId}" is in neither version`);
  if (!was) return verdict([`section "${now!.title}" is new in this version`], []);
  if (!now) return verdict([`section "${was.title}" was removed`], []);
  const reasons: string[] = [];
  const notes: string[] = [];
  if (was.title !== now.title) notes.push(`section "${was.title}" was renamed "${now.title}"`);
  if (was.weight !== now.weight) notes.push(`section "${now.title}" has a new weight, which changes the overall score but not this section's`);
  for (const entry of ctx.map.entries) {
    const inBefore = sourcesOf(entry).filter((id) => ctx.old.get(id)!.sectionId === sectionId);
    const inAfter = targetsOf(entry).filter((id) => ctx.now.get(id)!.sectionId === sectionId);
    if (inBefore.length === 0 && inAfter.length === 0) continue;
    if (entry.kind !== 'same') reasons.push(entryBreak(entry, ctx));
    else if (inBefore.length !== inAfter.length) {
      const other = inAfter.length ? ctx.old.get(entry.from)! : ctx.now.get(entry.to)!;
      const label = ctx.now.get(entry.to)!.element.label;
      reasons.push(inAfter.length ? `"${label}" moved into this section from "${other.sectionTitle}"` : `"${label}" moved out of this section to "${other.sectionTitle}"`);
    } else comparePair(ctx.old.get(entry.from)!.element, ctx.now.get(entry.to)!.element, reasons, notes, 'section');
  }
  return verdict(reasons, notes);
}

function overallTrend(ctx: Context, before: TemplateDefinition, after: TemplateDefinition): TrendContinuity {
  const reasons: string[] = [];
  const notes: string[] = [];
  const weighted = (t: TemplateDefinition) => t.sections.some((s) => s.weight !== undefined);
  const [wasWeighted, nowWeighted] = [weighted(before), weighted(after)];
  if (wasWeighted !== nowWeighted) reasons.push(nowWeighted ? 'sections are now weighted' : 'sections are no longer weighted');
  else if (nowWeighted) {
    const weights = (t: TemplateDefinition) => t.sections.map((s) => `${s.id}=${s.weight}`).join(',');
    if (weights(before) !== weights(after)) reasons.push('the sections or their weights changed, so sections count differently in the overall score');
  }
  for (const entry of ctx.map.entries) {
    if (entry.kind !== 'same') reasons.push(entryBreak(entry, ctx));
    else {
      const [was, now] = [ctx.old.get(entry.from)!, ctx.now.get(entry.to)!];
      // Weighted sections average their own elements first, so an element's section decides its weight.
      if (nowWeighted && wasWeighted && was.sectionId !== now.sectionId)
        reasons.push(`"${now.element.label}" moved from "${was.sectionTitle}" to "${now.sectionTitle}", which changes its weight in the overall score`);
      comparePair(was.element, now.element, reasons, notes, 'overall');
    }
  }
  if (canonicalJson(before.bands) !== canonicalJson(after.bands)) notes.push('the bands changed: band counts before and after the change do not compare');
  if (before.target !== after.target) notes.push(`the target moved from ${before.target} % to ${after.target} %`);
  return verdict(reasons, notes);
}
