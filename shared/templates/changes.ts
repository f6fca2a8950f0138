import type { CommentRequiredWhen, CriticalLevel } from '../schemas/template';

/** A band's range, with whether each end belongs to it. */
export interface BandRange {
  from: number;
  fromInclusive: boolean;
  to: number;
  toInclusive: boolean;
}

/** How an element is answered: met / not met, or a scale from min to max. */
export type AnswerForm = { kind: 'check' } | { kind: 'scale'; min: number; max: number };

/** Where an element sits: its section and its position there (0-based). */
export interface Place {
  sectionId: string;
  sectionTitle: string;
  index: number;
}

interface ElementRef {
  elementId: string;
  /** The element's label in the newer version (the older one's when it was removed). */
  label: string;
}

/**
 * One difference between two versions of a template, as data: a screen lists
 * them (in words, with `describeChange`) or groups them; the element map and
 * trend checks read the same facts. Sections, elements and bands are matched by
 * key, which the builder keeps when something is edited.
 */
export type TemplateChange =
  | { kind: 'name_changed'; before: string; after: string }
  | { kind: 'description_changed' }
  | { kind: 'target_changed'; before: number; after: number }
  | { kind: 'not_applicable_band_changed'; before: string; after: string }
  | { kind: 'section_added'; sectionId: string; title: string; index: number }
  | { kind: 'section_removed'; sectionId: string; title: string }
  | { kind: 'section_renamed'; sectionId: string; before: string; after: string }
  | { kind: 'section_guidance_changed'; sectionId: string; title: string }
  | { kind: 'section_moved'; sectionId: string; title: string; from: number; to: number }
  | { kind: 'section_weight_changed'; sectionId: string; title: string; before: number | null; after: number | null }
  | ({ kind: 'element_added'; to: Place } & ElementRef)
  | ({ kind: 'element_removed'; from: Place } & ElementRef)
  | ({ kind: 'element_moved'; from: Place; to: Place } & ElementRef)
  | ({ kind: 'element_reworded'; before: string; after: string } & ElementRef)
  | ({ kind: 'element_guidance_changed' } & ElementRef)
  | ({ kind: 'element_points_changed'; before: number; after: number } & ElementRef)
  | ({ kind: 'element_answer_form_changed'; before: AnswerForm; after: AnswerForm } & ElementRef)
  | ({ kind: 'element_scale_labels_changed'; before: string[]; after: string[] } & ElementRef)
  | ({ kind: 'element_not_applicable_changed'; before: boolean; after: boolean } & ElementRef)
  | ({ kind: 'element_critical_changed'; before: CriticalLevel; after: CriticalLevel } & ElementRef)
  | ({ kind: 'element_comment_rule_changed'; before: CommentRequiredWhen; after: CommentRequiredWhen } & ElementRef)
  | { kind: 'band_added'; bandId: string; label: string; range: BandRange }
  | { kind: 'band_removed'; bandId: string; label: string; range: BandRange }
  | { kind: 'band_relabelled'; bandId: string; before: string; after: string }
  | { kind: 'band_moved'; bandId: string; label: string; before: BandRange; after: BandRange }
  | { kind: 'band_description_changed'; bandId: string; label: string };

export type TemplateChangeKind = TemplateChange['kind'];
