import { ApiError, type ApiHandlers } from '../../../../shared/api';
import type { ImportedListItem } from '../../../../shared/api/sync';
import { ScorecardExport } from '../../../../shared/export';
import type { SyncParts } from '../parts';
import type { ImportedRow } from '../store/imported';

type Methods = 'sync.import' | 'sync.import.lastReport' | 'sync.import.skipped' | 'sync.imported.list' | 'sync.imported.get';

const toListItem = (r: ImportedRow): ImportedListItem => ({
  scorecardId: r.scorecard_id,
  revision: r.revision,
  reviewer: { id: r.reviewer_id, name: r.reviewer_name },
  agent: { id: r.agent_id, name: r.agent_name, team: r.agent_team },
  templateName: r.template_name,
  channel: r.channel as ImportedListItem['channel'],
  reference: r.reference,
  occurredAt: r.occurred_at,
  completedAt: r.completed_at,
  score: r.score_rounded,
  bandLabel: r.band_label,
  automaticFail: r.automatic_fail === 1,
  origin: { targetId: r.target_id, targetName: r.target_name, shareId: r.share_id, installId: r.origin_install_id, relativePath: r.relative_path },
  importedAt: r.imported_at,
});

export function importHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  const requireFolder = (id: string) => {
    const t = p.targets.get(id);
    if (!t) throw new ApiError('not_found', 'That sync target no longer exists.');
    if (t.config.kind !== 'folder' || !t.shareId) throw new ApiError('invalid_input', `${t.name} is a server: only shared folders are read back.`);
    return t;
  };

  return {
    'sync.import': ({ targetId }) => p.importer.run(requireFolder(targetId)),

    'sync.import.lastReport': ({ targetId }) => p.importRuns.last(requireFolder(targetId).id),

    'sync.import.skipped': ({ targetId, limit, offset }) => p.shareFiles.skipped(requireFolder(targetId).shareId!, limit, offset),

    'sync.imported.list': ({ targetId, limit, offset }) => {
      const { rows, total } = p.imported.list(targetId, limit, offset);
      return { items: rows.map(toListItem), total };
    },

    'sync.imported.get': ({ scorecardId, revision }) => {
      const row = p.imported.row(scorecardId, revision);
      if (!row) throw new ApiError('not_found', 'That scorecard was not imported from a share.');
      // Stored after validation; parsed again on the way out so the page gets the typed document.
      return { document: ScorecardExport.parse(JSON.parse(row.document)), item: toListItem(row) };
    },
  };
}
