import { ApiError, type ApiHandlers } from '../../../shared/api';
import { TemplateContent } from '../../../shared/schemas/template';
import { templateKind } from '../../../shared/sync/kinds/template';
import { whatIf } from '../../../shared/templates/what-if';
import { currentReviewer } from '../settings/reviewer';
import { templateContentHash } from './content-hash';
import { resolveDraft, type ResolvedDraft } from './draft-map';
import { refuseErrors, requireDraft, requireEditable } from './lookups';
import type { TemplateParts } from './parts';

type PublishMethods = 'templates.publish' | 'templates.whatIf';

/** A draft ready to publish: valid, with a valid map from the version it continues, or the refusal naming each field. */
function ready(resolved: ResolvedDraft) {
  if (!resolved.definition) refuseErrors('The draft', resolved.draftErrors);
  if (resolved.mapErrors.length) refuseErrors('The element map', resolved.mapErrors.map((e) => ({ ...e, field: `elementMap.${e.field}` })));
  return { definition: resolved.definition, base: resolved.base, map: resolved.map };
}

/** Publishing a draft as an immutable version, and the what-if that comes before it. */
export function publishHandlers(parts: TemplateParts): Pick<ApiHandlers, PublishMethods> {
  const { ctx, repos, library, drafts, versions } = parts;

  return {
    'templates.publish': ({ templateId }) => {
      const published = ctx.db.transaction(() => {
        requireEditable(parts, templateId);
        const { definition, base, map } = ready(resolveDraft(parts, requireDraft(parts, templateId)));
        const content = TemplateContent.parse(definition);
        const contentHash = templateContentHash(content);
        if (base && base.contentHash === contentHash) throw new ApiError('conflict', `Nothing changed since version ${base.version}: there is nothing to publish.`);
        const version = { id: ctx.newId(), templateId, version: (versions.latest(templateId)?.version ?? 0) + 1, content, contentHash, createdAt: ctx.now(), publishedBy: currentReviewer(repos)?.name ?? '' };
        versions.insert(version);
        if (base && map) versions.insertMap(version.id, base.id, map);
        library.rename(templateId, content.name);
        drafts.remove(templateId);
        // Frozen and queued for every share and server in this same transaction, like a completed scorecard.
        ctx.hooks.completed.run({ kind: templateKind.kind, documentId: templateId, revision: version.version });
        return version.id;
      })();
      return versions.infos(templateId).find((v) => v.id === published)!;
    },

    'templates.whatIf': ({ templateId, limit }) => {
      const { definition, base, map } = ready(resolveDraft(parts, requireDraft(parts, templateId)));
      if (!base || !map) throw new ApiError('conflict', 'This template has no published version yet: there are no scorecards to rescore.');
      const refs = versions.recentCompleted(base.id, limit);
      const result = whatIf(base.content, definition, map, refs.map((r) => ({ scorecardId: r.scorecardId, answers: repos.answers.list(r.scorecardId) })));
      return {
        base: { versionId: base.id, version: base.version },
        summary: result.summary,
        scorecards: result.scorecards.map(({ answers: _, ...rest }, i) => ({ ...rest, agentName: refs[i]!.agentName, occurredAt: refs[i]!.occurredAt })),
      };
    },
  };
}
