import type { FieldError } from '../../../../shared/templates/field-errors';

/** The DOM id of a builder field, from its path as validation names it, so a problem can take focus to its field. */
export const fieldDomId = (field: string): string => `tf-${field.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

/** The outline row at `index`. */
export const rowDomId = (index: number): string => `tb-row-${index}`;

/** The first problem of a field, if any. */
export const errorFor = (errors: readonly FieldError[], field: string): string | undefined => errors.find((e) => e.field === field)?.message;

/** Paths of the fields of one outline item. */
export const elementField = (s: number, e: number, name: string): string => `sections[${s}].elements[${e}].${name}`;
export const sectionField = (s: number, name: string): string => `sections[${s}].${name}`;
