import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';
import { createSyncSettings } from '../sync/settings';
import { createDraftsStore, type DraftsStore } from './store/drafts';
import { createLibraryStore, type LibraryStore } from './store/library';
import { createVersionsStore, type VersionsStore } from './store/versions';

/** What the templates module's handlers, hooks and sync builder share. */
export interface TemplateParts {
  ctx: ServiceContext;
  repos: Repositories;
  library: LibraryStore;
  drafts: DraftsStore;
  versions: VersionsStore;
  /** This install's id (the one sync stamps on what it sends), stamped on the templates it makes and publishes. */
  installId(): string;
}

export function createTemplateParts(ctx: ServiceContext, repos: Repositories): TemplateParts {
  const settings = createSyncSettings(ctx, repos);
  return {
    ctx,
    repos,
    library: createLibraryStore(ctx.db),
    drafts: createDraftsStore(ctx.db),
    versions: createVersionsStore(ctx.db),
    installId: () => settings.installId(),
  };
}
