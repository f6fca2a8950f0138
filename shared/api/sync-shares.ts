import { z } from 'zod';
import { Id, IsoDateTime } from '../schemas/common';
import { ShareMarker } from '../sync/marker';
import { PublicKeyText } from '../sync/signature';
import { method, NoInput } from './method';

/**
 * Shares that break, and who writes to them (issue 12): getting a folder
 * target going again when its marker was deleted or replaced, and the keys of
 * the installs whose documents this install reads. See docs/sync.md.
 */

/**
 * What the user can do about a folder target that cannot be used as it is:
 * - `restore_marker`: the marker is missing, but the folder holds the files
 *   this computer sent there, so it is the share: the marker can be written again.
 * - `adopt_share`: the folder now holds another share (two computers set the
 *   same synced folder up at once, and the other's marker won): adopt it and
 *   send everything there again.
 * - `none`: nothing Callmark can do from here (the drive is not connected…); `message` says what the user can.
 */
export const ShareRecovery = z.object({
  action: z.enum(['restore_marker', 'adopt_share', 'none']),
  /** What happened and what to do, in a sentence or two. */
  message: z.string(),
  /** For `adopt_share`: the share the folder holds now. */
  share: ShareMarker.nullable(),
});
export type ShareRecovery = z.infer<typeof ShareRecovery>;

export const ImportTrust = z.enum(['signed', 'signed-first-use', 'unsigned-listed', 'unsigned']);
export type ImportTrust = z.infer<typeof ImportTrust>;

export const RecoveryResult = z.object({
  targetId: Id,
  /** The share the target uses now. */
  shareId: Id,
  /** What was done, in words for the status line. */
  message: z.string(),
});
export type RecoveryResult = z.infer<typeof RecoveryResult>;

/** Another install's key, as this install knows it. */
export const KnownInstall = z.object({
  installId: Id,
  /** As its roster entry names its reviewer; '' when only its documents were seen. */
  reviewerName: z.string(),
  publicKey: PublicKeyText,
  /** To compare in person: 7F3A-91C2-0B4E-77D1-A0C5. */
  fingerprint: z.string(),
  /**
   * - `trusted`: its documents must carry this key (trusted on first use, or by the user).
   * - `other`: a second key that claims this install: its documents are refused until the user trusts it.
   * - `replaced`: trusted before the user trusted another key of the same install.
   */
  standing: z.enum(['trusted', 'other', 'replaced']),
  /** Seen in a share's roster; false when only its signed documents were seen (worth a look). */
  inRoster: z.boolean(),
  firstSeenAt: IsoDateTime,
  /** The target it was first seen through, when that target still exists. */
  firstSeenIn: z.string().nullable(),
});
export type KnownInstall = z.infer<typeof KnownInstall>;

export const InstallsView = z.object({
  /** This computer: its install id and its key's fingerprint, for colleagues to compare with. */
  thisInstall: z.object({
    installId: Id,
    keyNumber: z.number().int().nullable(),
    fingerprint: z.string().nullable(),
    /** Why this computer cannot sign (its key cannot be read), or null. */
    problem: z.string().nullable(),
  }),
  installs: z.array(KnownInstall),
});
export type InstallsView = z.infer<typeof InstallsView>;

const TargetRef = z.object({ targetId: Id }).strict();

export const syncSharesApi = {
  /** Writes the marker again into a folder target that lost it; refused unless the folder holds files this computer sent there. */
  'sync.targets.restoreMarker': method(TargetRef, RecoveryResult),
  /**
   * The folder now holds another share: join it (the id is the one the user confirmed, from `recovery.share`) and send
   * every document of this computer there again, as one step.
   */
  'sync.targets.adoptShare': method(z.object({ targetId: Id, shareId: Id }).strict(), RecoveryResult),
  /** This computer's key fingerprint and the installs whose keys it knows. */
  'sync.installs.list': method(NoInput, InstallsView),
  /** After comparing fingerprints in person: documents of that install must carry this key from now on; those refused for it are read again. */
  'sync.installs.trust': method(z.object({ installId: Id, publicKey: PublicKeyText }).strict(), InstallsView),
};
