import { z } from 'zod';
import { method, NoInput } from './method';
import { Id, IsoDateTime, NonEmptyText } from '../schemas/common';
import { Channel } from '../schemas/interaction';
import { FileGrant, GrantId } from '../schemas/media';
import { ServerTargetConfig } from '../schemas/server-target';
import { FolderPath, SyncTarget } from '../schemas/sync-target';
import { ScorecardExport } from '../export/schema';
import { ShareMarker } from '../sync/marker';
import { SyncSettings, SyncSettingsChange } from '../sync/settings';
import { exactlyOneFile, oneFileMessage } from './media';
import { BearerToken } from './server-sync';
import { ImportTrust, ShareRecovery, syncSharesApi } from './sync-shares';

/** A document kind's name, as the registry has it (shared/sync/kinds/): `scorecard`, … */
export const KindName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'must be a document kind, such as scorecard' });

/** A configured target as the settings screen shows it. */
export const TargetView = SyncTarget.extend({
  /** Folder targets: the id in the share's marker file. */
  shareId: Id.nullable(),
});
export type TargetView = z.infer<typeof TargetView>;

/** `sync.targets.update`'s answer: the target, and whether its saved token was removed (and why, in words). */
export const UpdatedTarget = TargetView.extend({
  /** The URL moved to another origin and no new token came with it: the old one is never sent to the new address. */
  tokenCleared: z.boolean(),
  /** One sentence for the user when the change did more than they may expect (the token removed), else null. */
  notice: z.string().nullable(),
});
export type UpdatedTarget = z.infer<typeof UpdatedTarget>;

/** What a folder is, before it is added as a target: decides between "set up", "adopt" and "refuse". */
export const FolderInspection = z.object({
  path: z.string(),
  state: z.enum(['empty', 'share', 'not_a_share', 'missing', 'not_a_folder', 'unreadable']),
  /** One sentence for the user. */
  message: z.string(),
  /** When `state` is "share": the marker found, so the dialog can say whose share it is. */
  share: ShareMarker.nullable(),
  /** A target of this install already points at this share. */
  existingTargetId: Id.nullable(),
});
export type FolderInspection = z.infer<typeof FolderInspection>;

export const OutboxState = z.enum(['pending', 'sent', 'failed']);
export type OutboxState = z.infer<typeof OutboxState>;

export const OutboxItem = z.object({
  id: z.number().int(),
  targetId: Id,
  /** Which kind of document (a scorecard, a coaching session…), and its id. */
  kind: KindName,
  documentId: Id,
  revision: z.number().int().min(1),
  state: OutboxState,
  attempts: z.number().int().min(0),
  /** Pending items: when the next attempt is due. */
  nextAttemptAt: IsoDateTime.nullable(),
  lastAttemptAt: IsoDateTime.nullable(),
  /** Plain words; for failed items, what the user must do before retrying. */
  lastError: z.string().nullable(),
  sentAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  /** For a scorecard's row; null for other kinds, or a scorecard no longer on this install. */
  agentName: z.string().nullable(),
  occurredAt: IsoDateTime.nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

/** A file of a share not imported, and why. `relativePath` is under its kind's folder (`scorecards/` for kind `scorecard`). */
export const SkippedFile = z.object({ kind: KindName.default('scorecard'), relativePath: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof SkippedFile>;

/** What one pass over a shared folder did. */
export const ImportReport = z.object({
  targetId: Id,
  startedAt: IsoDateTime,
  finishedAt: IsoDateTime,
  /** "unreachable": the marker was missing or the folder gone; nothing was read and nothing changed. */
  outcome: z.enum(['done', 'unreachable', 'error']),
  message: z.string().nullable(),
  /** Entries in the share's document folders (and its roster): the sum of every count below but `read`. */
  listed: z.number().int(),
  /** Files opened this pass: new names, and files skipped before (read again to see whether they changed). */
  read: z.number().int(),
  imported: z.number().int(),
  /** `imported` by kind: { scorecard: 3, install-key: 1 } (a colleague's roster entry is a file of the share too). */
  importedByKind: z.record(z.string(), z.number().int()).default({}),
  /** Already imported (same id and revision), from this or another share. */
  duplicates: z.number().int(),
  /** Written by this install. */
  own: z.number().int(),
  /** Seen in an earlier pass: not read again. */
  alreadySeen: z.number().int(),
  /** Listed but gone before they could be read: nothing local is deleted. */
  disappeared: z.number().int(),
  /** Our own stale temporary files (over an hour old) removed from the share. */
  cleanedTempFiles: z.number().int(),
  skipped: z.number().int(),
  /** Hidden files and other tools' temporary files: never read. With the counts above, every file is in exactly one. */
  ignored: z.number().int().default(0),
  /** The first 100 files skipped this pass, with why; `sync.import.skipped` lists them all. */
  skippedFiles: z.array(SkippedFile),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const TargetStatus = z.object({
  targetId: Id,
  name: z.string(),
  kind: z.enum(['folder', 'server']),
  enabled: z.boolean(),
  counts: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
  /** The latest problem in plain words; cleared by the next successful delivery. */
  lastError: z.object({ message: z.string(), at: IsoDateTime }).nullable(),
  lastSuccessAt: IsoDateTime.nullable(),
  /** Folders are checked now (marker present and right); servers are judged by their last answer. */
  reachable: z.object({ state: z.enum(['reachable', 'unreachable', 'unknown']), message: z.string().nullable() }),
  /** A delivery is in flight. */
  draining: z.boolean(),
  /** While a batch is being sent: "done of total". Null when the queue is empty. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  /** When the target is waiting out a back-off: the next attempt. */
  nextAttemptAt: IsoDateTime.nullable(),
  lastImport: ImportReport.nullable(),
  /** "Send existing" in progress (documents looked at, of all): durable, it goes on after a restart. */
  backfill: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  /** A folder that cannot be used as it is, and what the user can do about it. */
  recovery: ShareRecovery.nullable(),
});
export type TargetStatus = z.infer<typeof TargetStatus>;

export const ScorecardSyncState = z.object({
  /** Over every target of the latest completed revision: failed if any failed, else pending if any pending, else sent. */
  state: z.enum(['pending', 'sent', 'failed', 'not_queued']),
  targets: z.array(z.object({ targetId: Id, state: OutboxState, lastError: z.string().nullable() })),
});
export type ScorecardSyncState = z.infer<typeof ScorecardSyncState>;

export const ImportedListItem = z.object({
  scorecardId: Id,
  revision: z.number().int().min(1),
  reviewer: z.object({ id: Id, name: z.string() }),
  agent: z.object({ id: Id, name: z.string(), team: z.string() }),
  templateName: z.string(),
  channel: Channel,
  reference: z.string(),
  occurredAt: IsoDateTime,
  completedAt: IsoDateTime,
  score: z.number().nullable(),
  bandLabel: z.string(),
  automaticFail: z.boolean(),
  /** Where it came from. `targetName` is null once the target was removed (the import stays). */
  origin: z.object({ targetId: Id.nullable(), targetName: z.string().nullable(), shareId: Id, installId: Id, relativePath: z.string() }),
  importedAt: IsoDateTime,
  /** How its author was vouched for: see docs/sync.md "Signatures". */
  trust: ImportTrust,
});
export type ImportedListItem = z.infer<typeof ImportedListItem>;

/**
 * Which folder: in the desktop app always a grant from `sync.targets.chooseFolder` (its native folder dialog), and
 * the IPC relay refuses a path, so a compromised page can neither probe a folder nor name one; a full path only
 * through the browser host, a loopback, token-protected development and test host.
 */
const FolderChoice = { path: FolderPath.optional(), grantId: GrantId.optional() };
const FolderConfigInput = z.object({ kind: z.literal('folder'), ...FolderChoice }).strict().refine(exactlyOneFile, oneFileMessage);
/** A target's settings as the page gives them: a folder by grant or path (see FolderChoice), a server by URL. */
export const TargetConfigInput = z.discriminatedUnion('kind', [FolderConfigInput, ServerTargetConfig]);
export type TargetConfigInput = z.infer<typeof TargetConfigInput>;

const Page = { limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) };
const TargetRef = z.object({ targetId: Id }).strict();

export const AddTargetInput = z
  .object({
    name: NonEmptyText('Name'),
    config: TargetConfigInput,
    /** Folders that already hold a share: its id, confirming the user chose to adopt it (see `sync.targets.inspectFolder`). */
    adoptShareId: Id.optional(),
    /** Also queue every scorecard completed before this target existed. */
    sendExisting: z.boolean().default(false),
  })
  .strict();

/** Sync: targets, the outbox, shared-folder import and the per-scorecard badge (issue 4). */
export const syncApi = {
  'sync.targets.list': method(NoInput, z.array(TargetView)),
  /** Desktop app: the main process shows the folder dialog and answers with a grant; null when cancelled. */
  'sync.targets.chooseFolder': method(NoInput, z.object({ grant: FileGrant.nullable() })),
  'sync.targets.inspectFolder': method(z.object(FolderChoice).strict().refine(exactlyOneFile, oneFileMessage), FolderInspection),
  'sync.targets.add': method(AddTargetInput, TargetView),
  /**
   * Rename, enable or disable; a folder's path may change only to a folder holding the same share (a remapped drive).
   * A server's token belongs to the origin it was saved for: moving the URL to another origin clears it, unless a
   * new `token` comes in the same call (it replaces the saved one either way).
   */
  'sync.targets.update': method(
    z
      .object({
        targetId: Id,
        name: NonEmptyText('Name').optional(),
        enabled: z.boolean().optional(),
        config: TargetConfigInput.optional(),
        token: BearerToken.optional(),
      })
      .strict(),
    UpdatedTarget,
  ),
  /** Forgets the target and its queue. Never deletes a file anywhere; scorecards imported from it stay. */
  'sync.targets.remove': method(TargetRef, z.object({ removed: z.literal(true), droppedItems: z.number().int() })),
  'sync.status': method(z.object({ targetId: Id.optional() }).strict().default({}), z.object({ targets: z.array(TargetStatus) })),
  'sync.items.list': method(z.object({ targetId: Id, state: OutboxState.optional(), ...Page }).strict(), z.object({ items: z.array(OutboxItem), total: z.number().int() })),
  /** "Retry now": one item, or every failed and waiting item of the target. */
  'sync.items.retry': method(z.object({ targetId: Id, itemId: z.number().int().optional() }).strict(), z.object({ retried: z.number().int() })),
  /** Reads the share now and waits for the report. */
  'sync.import': method(TargetRef, ImportReport),
  'sync.import.lastReport': method(TargetRef, ImportReport.nullable()),
  /** Every file of the share currently skipped, with why. */
  'sync.import.skipped': method(
    z.object({ targetId: Id, ...Page }).strict(),
    z.object({ items: z.array(SkippedFile.extend({ checkedAt: IsoDateTime })), total: z.number().int() }),
  ),
  'sync.imported.list': method(z.object({ targetId: Id.optional(), ...Page }).strict(), z.object({ items: z.array(ImportedListItem), total: z.number().int() })),
  /** An imported scorecard's full document (latest revision unless one is named), for calibration and team views. */
  'sync.imported.get': method(
    z.object({ scorecardId: Id, revision: z.number().int().min(1).optional() }).strict(),
    z.object({ document: ScorecardExport, item: ImportedListItem }),
  ),
  /** The badge on each document of a list page (scorecards unless another kind is named), by id. */
  'sync.stateOf': method(z.object({ kind: KindName.default('scorecard'), documentIds: z.array(Id).max(500) }).strict(), z.record(z.string(), ScorecardSyncState)),
  'sync.settings.get': method(NoInput, SyncSettings),
  'sync.settings.set': method(SyncSettingsChange, SyncSettings),
  /** Exactly what would leave the laptop for this completed scorecard: the privacy check before turning sync on. */
  'sync.exportPreview': method(z.object({ scorecardId: Id }).strict(), ScorecardExport),
  ...syncSharesApi,
};
