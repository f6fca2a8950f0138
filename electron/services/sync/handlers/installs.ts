import { ApiError, type ApiHandlers } from '../../../../shared/api';
import type { InstallsView } from '../../../../shared/api/sync-shares';
import { keyFingerprint } from '../../../../shared/sync/signature';
import { keyTag } from '../../../../shared/sync/trust';
import { sha256Hex } from '../export/sha256';
import type { SyncParts } from '../parts';

type Methods = 'sync.installs.list' | 'sync.installs.trust';

/** This computer's key and the keys of the installs whose documents it reads, to compare fingerprints in person. */
export function installsHandlers(p: SyncParts): Pick<ApiHandlers, Methods> {
  const view = (): InstallsView => {
    const info = p.keyring.info();
    const targetNames = new Map(p.targets.list().flatMap((t) => (t.shareId ? [[t.shareId, t.name] as const] : [])));
    return {
      thisInstall: {
        installId: p.settings.installId(),
        keyNumber: info?.keyNumber ?? null,
        fingerprint: info ? keyFingerprint(info.publicKey, sha256Hex) : null,
        problem: p.keyring.problem(),
      },
      installs: p.installKeys.list().map((k) => ({
        installId: k.installId,
        // A second key met only on a document carries no name of its own: it claims the install's.
        reviewerName: k.reviewerName || (p.installKeys.nameOf(k.installId) ?? ''),
        publicKey: k.publicKey,
        fingerprint: keyFingerprint(k.publicKey, sha256Hex),
        standing: k.standing,
        inRoster: k.inRoster,
        firstSeenAt: k.firstSeenAt,
        firstSeenIn: targetNames.get(k.firstSeenSource) ?? null,
      })),
    };
  };

  return {
    'sync.installs.list': view,
    'sync.installs.trust': ({ installId, publicKey }) => {
      if (!p.installKeys.trustInstead(installId, publicKey)) throw new ApiError('not_found', 'This computer has not seen that key for that install.');
      // Documents refused for carrying this key are read again at the next import.
      p.importEntries.retryTagged(keyTag(installId));
      return view();
    },
  };
}
