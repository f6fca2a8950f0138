import { ApiError, type ApiHandlers } from '../../../../shared/api';
import { ScorecardExport } from '../../../../shared/export';
import type { SyncParts } from '../parts';

type Methods = 'sync.import' | 'sync.import.lastReport' | 'sync.import.skipped' | 'sync.imported.list' | 'sync.imported.get';

export function importHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  /** A target that is read back, and where from. */
  const requireSource = (id: string) => {
    const target = p.targets.get(id);
    if (!target) throw new ApiError('not_found', 'That sync target no longer exists.');
    const source = p.importSourceFor(target);
    if (!source) throw new ApiError('invalid_input', `${target.name} is a server: only shared folders are read back.`);
    return { target, source };
  };

  return {
    'sync.import': ({ targetId }) => {
      const { target, source } = requireSource(targetId);
      return p.importer.run(target, source);
    },

    'sync.import.lastReport': ({ targetId }) => p.importRuns.last(requireSource(targetId).target.id),

    'sync.import.skipped': ({ targetId, limit, offset }) => p.importEntries.skipped(requireSource(targetId).source.sourceId, limit, offset),

    'sync.imported.list': ({ targetId, limit, offset }) => p.importedScorecards.list(targetId, limit, offset),

    'sync.imported.get': ({ scorecardId, revision }) => {
      const found = p.importedScorecards.get(scorecardId, revision);
      if (!found) throw new ApiError('not_found', 'That scorecard was not imported from a share.');
      // Stored after validation; parsed again on the way out so the page gets the typed document.
      return { document: ScorecardExport.parse(JSON.parse(found.documentText)), item: found.item };
    },
  };
}
