import { z } from 'zod';
import { method, NoInput } from './method';
import { Id, IsoDateTime, NonEmptyText } from '../schemas/common';
import { TemplateSummary, TemplateVersion } from '../schemas/template';
import { ElementMap } from '../templates/element-map';
import { MAX_TEMPLATE_DOCUMENT_CHARS } from '../templates/document';

/** A problem at a field of a template, a map or a file: `sections[2].elements[4].points: must be a positive number`. */
export const FieldErrorView = z.object({ path: z.array(z.union([z.string(), z.number()])), field: z.string(), message: z.string() });

/** Built in (the seed), made here, or a colleague's published template read from a share (read-only here). */
export const TemplateSource = z.enum(['builtin', 'local', 'share']);
export type TemplateSource = z.infer<typeof TemplateSource>;

export const TemplateVersionInfo = z.object({
  id: Id,
  version: z.number().int().min(1),
  name: z.string(),
  publishedAt: IsoDateTime,
  publishedBy: z.string(),
  contentHash: z.string(),
  /** Scorecards of this install scored against it (drafts included). */
  scorecards: z.number().int(),
  /** Null for a template's first version; else the version its element map starts from. */
  previousVersionId: Id.nullable(),
});
export type TemplateVersionInfo = z.infer<typeof TemplateVersionInfo>;

/** One template as the Templates screen lists it. */
export const TemplateStatus = z.object({
  templateId: Id,
  name: z.string(),
  source: TemplateSource,
  /** Who published a shared template ('' otherwise). */
  sharedBy: z.string(),
  archived: z.boolean(),
  latest: z.object({ id: Id, version: z.number().int(), publishedAt: IsoDateTime }).nullable(),
  draft: z.object({ updatedAt: IsoDateTime, baseVersion: z.number().int().nullable() }).nullable(),
  /** Scorecards of this install on any of its versions: a used template is archived, never deleted. */
  scorecards: z.number().int(),
});
export type TemplateStatus = z.infer<typeof TemplateStatus>;

/** A draft is saved as the builder holds it, valid or not: any JSON object, within the size of a template file. */
export const DraftContent = z
  .record(z.string(), z.json())
  .refine((value) => JSON.stringify(value).length <= MAX_TEMPLATE_DOCUMENT_CHARS, { message: 'the draft is larger than a template may be (4 MiB)' });

export const DraftView = z.object({
  content: DraftContent,
  baseVersionId: Id.nullable(),
  updatedAt: IsoDateTime,
  /** Every problem that stops it being published, at its field. */
  errors: z.array(FieldErrorView),
});
export type DraftView = z.infer<typeof DraftView>;

export const TemplateDetail = z.object({ status: TemplateStatus, versions: z.array(TemplateVersionInfo), draft: DraftView.nullable() });
export type TemplateDetail = z.infer<typeof TemplateDetail>;

const MappedElement = z.object({ id: z.string(), label: z.string(), sectionTitle: z.string() });

/** The element map from the version a draft was started on to the draft, as proposed or as edited. */
export const DraftMapView = z.object({
  /** Null when there is no previous version (nothing to map). */
  baseVersionId: Id.nullable(),
  /** Null while the draft has errors: elements cannot be matched until it is valid. */
  map: ElementMap.nullable(),
  /** True when nobody edited it: it follows the draft as it changes. */
  proposed: z.boolean(),
  errors: z.array(FieldErrorView),
  before: z.array(MappedElement),
  after: z.array(MappedElement),
});
export type DraftMapView = z.infer<typeof DraftMapView>;

/** A published version, or the draft of a template. */
export const VersionRef = z.union([z.object({ versionId: Id }).strict(), z.object({ draftOf: Id }).strict()]);
export type VersionRef = z.infer<typeof VersionRef>;

export const DiffView = z.object({ changes: z.array(z.object({ kind: z.string(), text: z.string() })) });

const Continuity = z.object({ continues: z.boolean(), reasons: z.array(z.string()), notes: z.array(z.string()) });

/**
 * How a version continues its previous one, for reports: the map stored at
 * publication, and for the overall score, each section and each element of
 * the version whether its trend line may run on across the change, and if
 * not, why ("the trend breaks here because …").
 */
export const VersionMapView = z.object({
  versionId: Id,
  previousVersionId: Id,
  map: ElementMap,
  overall: Continuity,
  sections: z.array(Continuity.extend({ sectionId: z.string(), title: z.string() })),
  elements: z.array(Continuity.extend({ elementId: z.string(), label: z.string(), from: z.array(z.string()) })),
});
export type VersionMapView = z.infer<typeof VersionMapView>;

const ScoreSummaryView = z.object({
  percent: z.number().nullable(),
  rounded: z.number().nullable(),
  bandId: z.string(),
  bandLabel: z.string(),
  automaticFail: z.boolean(),
  provisional: z.boolean(),
});

export const WhatIfView = z.object({
  base: z.object({ versionId: Id, version: z.number().int() }),
  summary: z.object({
    scorecards: z.number().int(),
    bandChanged: z.number().int(),
    raised: z.number().int(),
    lowered: z.number().int(),
    unchanged: z.number().int(),
    incomplete: z.number().int(),
    meanBefore: z.number().nullable(),
    meanAfter: z.number().nullable(),
    transitions: z.array(z.object({ from: z.object({ bandId: z.string(), bandLabel: z.string() }), to: z.object({ bandId: z.string(), bandLabel: z.string() }), count: z.number().int() })),
  }),
  scorecards: z.array(
    z.object({
      scorecardId: Id,
      agentName: z.string(),
      occurredAt: IsoDateTime,
      before: ScoreSummaryView,
      after: ScoreSummaryView,
      bandChanged: z.boolean(),
      change: z.number().nullable(),
      notCarried: z.array(z.object({ elementId: z.string(), label: z.string(), reason: z.string() })),
    }),
  ),
});
export type WhatIfView = z.infer<typeof WhatIfView>;

export const ImportOutcome = z.discriminatedUnion('outcome', [
  /** A plain template file: a new template here, with the file as its draft (nothing is used until published). */
  z.object({ outcome: z.literal('draft'), templateId: Id }),
  /** A published version from another install: kept with its ids, read-only, usable for scoring. */
  z.object({ outcome: z.literal('installed'), templateId: Id, version: z.number().int() }),
  z.object({ outcome: z.literal('already'), templateId: Id, version: z.number().int() }),
  z.object({ outcome: z.literal('refused'), reason: z.string(), message: z.string(), errors: z.array(FieldErrorView) }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

const ByTemplate = z.object({ templateId: Id }).strict();

export const templatesApi = {
  /** The templates a new review can use: published and not archived. */
  'templates.list': method(NoInput, z.array(TemplateSummary)),
  'templates.getVersion': method(z.object({ id: Id }).strict(), TemplateVersion),
  /** Every template, archived and unpublished ones included. */
  'templates.library': method(NoInput, z.array(TemplateStatus)),
  'templates.get': method(ByTemplate, TemplateDetail),
  'templates.create': method(z.object({ name: NonEmptyText('Name', 500) }).strict(), z.object({ templateId: Id })),
  /** A new template of this install whose draft is a copy of a version (the built-in, a shared one, any). */
  'templates.duplicate': method(z.object({ versionId: Id, name: NonEmptyText('Name', 500) }).strict(), z.object({ templateId: Id })),
  /** Editing a published template: its next draft, from its latest version. */
  'templates.startDraft': method(ByTemplate, TemplateDetail),
  'templates.saveDraft': method(z.object({ templateId: Id, content: DraftContent }).strict(), z.object({ savedAt: IsoDateTime, errors: z.array(FieldErrorView) })),
  /** Throws the draft away; a template never published goes with it. */
  'templates.discardDraft': method(ByTemplate, z.object({ removed: z.enum(['draft', 'template']) })),
  'templates.draftMap': method(ByTemplate, DraftMapView),
  /** Stores the map as edited; null goes back to the proposal. */
  'templates.saveMap': method(z.object({ templateId: Id, map: ElementMap.nullable() }).strict(), DraftMapView.extend({ savedAt: IsoDateTime })),
  'templates.diff': method(z.object({ from: VersionRef, to: VersionRef }).strict(), DiffView),
  'templates.whatIf': method(z.object({ templateId: Id, limit: z.number().int().min(1).max(10_000).default(50) }).strict(), WhatIfView),
  'templates.publish': method(ByTemplate, TemplateVersionInfo),
  /** How a version continues the one before it (null for a first version): for reports' trends. */
  'templates.elementMap': method(z.object({ versionId: Id }).strict(), VersionMapView.nullable()),
  'templates.export': method(z.object({ versionId: Id }).strict(), z.object({ fileName: z.string(), text: z.string() })),
  // Up to twice a template's limit, so that a larger file gets the import's own "too large" answer, not a bare refusal.
  'templates.import': method(z.object({ text: z.string().max(MAX_TEMPLATE_DOCUMENT_CHARS * 2) }).strict(), ImportOutcome),
  'templates.setArchived': method(z.object({ templateId: Id, archived: z.boolean() }).strict(), TemplateStatus),
};
