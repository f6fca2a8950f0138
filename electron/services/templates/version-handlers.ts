import { ApiError, type ApiHandlers } from '../../../shared/api';
import type { VersionRef } from '../../../shared/api/templates';
import type { TemplateDefinition } from '../../../shared/templates/definition';
import { describeChange } from '../../../shared/templates/describe-change';
import { diffTemplates } from '../../../shared/templates/diff';
import { versionTrends } from '../../../shared/templates/version-trends';
import { requireDraft, requireVersion, validDraft } from './lookups';
import { publishedDocument } from './published-document';
import type { TemplateParts } from './parts';

type VersionMethods = 'templates.diff' | 'templates.elementMap' | 'templates.export';

/** Reading published versions: the difference between any two (or a draft), the map reports follow, the file. */
export function versionHandlers(parts: TemplateParts): Pick<ApiHandlers, VersionMethods> {
  const definitionOf = (ref: VersionRef): TemplateDefinition =>
    'versionId' in ref ? requireVersion(parts, ref.versionId).content : validDraft(requireDraft(parts, ref.draftOf));

  return {
    'templates.diff': ({ from, to }) => ({
      changes: diffTemplates(definitionOf(from), definitionOf(to)).map((change) => ({ kind: change.kind, text: describeChange(change) })),
    }),

    'templates.elementMap': ({ versionId }) => {
      const version = requireVersion(parts, versionId);
      const previous = parts.versions.publication(versionId)?.previous;
      if (!previous) return null;
      const before = parts.repos.templates.getVersion(previous.versionId);
      // A colleague's versions can arrive out of order: the earlier one comes with a later import.
      if (!before) throw new ApiError('not_found', `Version ${version.version - 1} of "${version.content.name}", which this version continues, is not on this install yet.`);
      return { versionId, previousVersionId: before.id, map: previous.elementMap, ...versionTrends(before.content, version.content, previous.elementMap) };
    },

    'templates.export': ({ versionId }) => {
      const { text, fileName } = publishedDocument(parts, versionId);
      return { text, fileName };
    },
  };
}
