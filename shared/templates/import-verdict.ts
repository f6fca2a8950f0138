import type { TemplateDefinition } from './definition';
import { publicationOf, type TemplateImport, type TemplatePublication } from './document';
import type { FieldError } from './field-errors';

/** What an install already has that decides where an imported file goes. */
export interface ImportFacts {
  /** The version this install keeps under a version id, if any. */
  version(versionId: string): { templateId: string; version: number; contentHash: string } | null;
  /** Where the template of that id came from here, if this install has it. */
  template(templateId: string): { source: 'builtin' | 'local' | 'share'; name: string } | null;
  /** The id of a template's version with that number here, if any. */
  versionIdAt(templateId: string, version: number): string | null;
  /** The content hash a template has once stored (SHA-256 of its canonical JSON). */
  contentHash(template: TemplateDefinition): string;
}

export type ImportVerdict =
  /** A plain template file: a new template of this install, with the file as its draft. */
  | { kind: 'draft'; template: TemplateDefinition }
  /** A version published elsewhere: kept here with its ids, read-only. */
  | { kind: 'install'; template: TemplateDefinition; publication: TemplatePublication }
  | { kind: 'already'; templateId: string; version: number }
  | { kind: 'refuse'; reason: string; message: string; errors: FieldError[] };

const refuse = (reason: string, message: string): ImportVerdict => ({ kind: 'refuse', reason, message, errors: [] });

/**
 * Where an imported template file goes, decided before anything is written
 * (so nothing is ever half-imported): a file with errors is refused with every
 * field named; a plain file becomes a new template's draft; a published
 * version from another install is kept with its ids, so scorecards scored on
 * it here and there name the same version — unless this install already has
 * that version (nothing to do) or something else under those ids (refused:
 * a version never changes).
 */
export function decideImport(imported: TemplateImport, facts: ImportFacts): ImportVerdict {
  if (!imported.ok) return { kind: 'refuse', reason: imported.reason, message: imported.message, errors: imported.errors };
  const publication = publicationOf(imported.document);
  if (!publication) return { kind: 'draft', template: imported.template };
  const { templateId, version, versionId } = publication;
  const name = imported.template.name;
  const known = facts.version(versionId);
  if (known) {
    if (known.templateId === templateId && known.version === version && known.contentHash === facts.contentHash(imported.template))
      return { kind: 'already', templateId, version };
    return refuse('conflict', `This file says it is version ${version} of "${name}", but this install keeps that version id with other content: a published version never changes.`);
  }
  const template = facts.template(templateId);
  if (template && template.source !== 'share')
    return refuse('conflict', `This file says it is a version of "${template.name}", a template made on this install, which only this install publishes.`);
  if (facts.versionIdAt(templateId, version) !== null)
    return refuse('conflict', `This install already has a different version ${version} of "${template?.name ?? name}": a published version never changes.`);
  return { kind: 'install', template: imported.template, publication };
}
