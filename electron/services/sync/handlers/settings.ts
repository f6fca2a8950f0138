import { ApiError, type ApiHandlers } from '../../../../shared/api';
import { ScorecardExport } from '../../../../shared/export';
import { SyncSettings } from '../../../../shared/sync/settings';
import { buildScorecardDocument } from '../kinds/scorecard';
import { scorecardKind } from '../../../../shared/sync/kinds';
import type { SyncParts } from '../parts';

type Methods = 'sync.settings.get' | 'sync.settings.set' | 'sync.exportPreview';

export function settingsHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  return {
    'sync.settings.get': () => p.settings.get(),

    'sync.settings.set': (changes) => {
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const next = SyncSettings.parse({ ...p.settings.get(), ...defined });
      p.settings.set(next);
      p.importer.rearm();
      return next;
    },

    'sync.exportPreview': ({ scorecardId }) => {
      const scorecard = p.repos.scorecards.get(scorecardId);
      if (!scorecard) throw new ApiError('not_found', 'That review no longer exists.');
      if (scorecard.status !== 'completed') throw new ApiError('conflict', 'Only completed scorecards are exported: complete this one first.');
      // What is queued is what is shown: the frozen bytes if this revision is in the outbox, else what completing it produced.
      const queued = p.documents.get({ kind: scorecardKind.kind, documentId: scorecardId, revision: scorecard.revision });
      const body = queued?.body ?? buildScorecardDocument(p, scorecardId).body;
      return ScorecardExport.parse(JSON.parse(body));
    },
  };
}
