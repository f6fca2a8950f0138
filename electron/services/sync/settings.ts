import { Id } from '../../../shared/schemas/common';
import { SyncSettings } from '../../../shared/sync/settings';
import type { ServiceContext } from '../context';
import type { Repositories } from '../repositories';

const SETTINGS_KEY = 'sync.settings';
const INSTALL_KEY = 'sync.installId';

export function createSyncSettings(ctx: ServiceContext, repos: Repositories) {
  return {
    get: (): SyncSettings => repos.settings.get(SETTINGS_KEY, SyncSettings) ?? SyncSettings.parse({}),
    set: (next: SyncSettings) => repos.settings.set(SETTINGS_KEY, next),
    /**
     * This install's id, stamped on every export as its origin and used to
     * recognise our own files in a share. Made once, on first need.
     */
    installId(): string {
      const existing = repos.settings.get(INSTALL_KEY, Id);
      if (existing) return existing;
      const id = ctx.newId();
      repos.settings.set(INSTALL_KEY, id);
      return id;
    },
  };
}
export type SyncSettingsStore = ReturnType<typeof createSyncSettings>;
