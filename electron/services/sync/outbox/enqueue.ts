import type { DocumentRef, KindRegistry } from '../../../../shared/sync/kinds';
import { documentRelativePath } from '../../../../shared/sync/layout';
import { signDocumentText } from '../../../../shared/sync/signature';
import type { CompletedEvent } from '../../hooks';
import { sha256Hex } from '../export/sha256';
import type { DocumentBuilder } from '../kinds';
import type { InstallKeyring } from '../signing/install-key';
import type { DocumentsStore } from '../store/documents';
import type { OutboxStore } from '../store/outbox';
import type { TargetsStore } from '../store/targets';
import type { Drainer } from './drainer';

export interface EnqueueDeps {
  kinds: KindRegistry;
  builders: ReadonlyMap<string, DocumentBuilder>;
  installId(): string;
  now(): string;
  targets: TargetsStore;
  documents: DocumentsStore;
  outbox: OutboxStore;
  drainer: Drainer;
  keyring: InstallKeyring;
}

/**
 * The `freeze` completion hook: freezes the document of the revision just
 * completed and queues it for every configured target, enabled or not (a
 * disabled target keeps what waits for it and sends it when enabled again).
 * It runs inside the completing transaction, after the `finish` phase, so the
 * document is completed, frozen and queued together or not at all: nothing
 * completed is ever left out of the outbox, even if the app dies the next
 * instant. The document is frozen even when there is no target yet, so a
 * target added later (`sendExisting`) receives exactly the bytes of the
 * completion, not a rebuild from data that changed since (an agent renamed,
 * a setting changed, an app update). Kinds this install does not write are
 * left alone.
 */
export function createEnqueueHook(deps: EnqueueDeps): (event: CompletedEvent) => void {
  return (ref) => {
    if (!deps.builders.has(ref.kind)) return;
    if (!freezeRevision(deps, ref)) return;
    const targetIds = deps.targets.ids();
    if (!targetIds.length) return;
    queueFrozen(deps, targetIds, ref);
    deps.drainer.wakeSoon(targetIds);
  };
}

/**
 * Builds, signs and stores the document of a current, completed revision,
 * once: a revision already frozen keeps its bytes for ever. Every kind is
 * signed the same way (shared/sync/signature.ts), whatever its builder. If
 * the key is not read yet (the keychain answers asynchronously), the
 * document waits unsigned and is signed before it is first sent. False when
 * its builder keeps it on this install (nothing is frozen or sent).
 */
export function freezeRevision(deps: Pick<EnqueueDeps, 'kinds' | 'builders' | 'installId' | 'now' | 'documents' | 'keyring'>, ref: DocumentRef): boolean {
  if (deps.documents.has(ref)) return true;
  const kind = deps.kinds.get(ref.kind);
  const builder = deps.builders.get(ref.kind);
  if (!builder) throw new Error(`This install does not write ${kind.noun} documents.`);
  const built = builder.build(ref);
  if (!built) return false;
  const { document, body } = built;
  const facts = kind.facts(document);
  if (facts.documentId !== ref.documentId || facts.revision !== ref.revision) {
    throw new Error(`${kind.noun} ${ref.documentId} is at revision ${facts.revision}, not ${ref.revision}.`);
  }
  const writer = kind.writers === 'many-installs' ? deps.installId() : '';
  const relativePath = documentRelativePath(kind, { documentId: ref.documentId, revision: ref.revision, writer }, facts.placedAt);
  const key = deps.keyring.current();
  const frozen = key ? signDocumentText(ref.kind, body, key, sha256Hex, kind.keepsContentHash).text : body;
  deps.documents.insert({ ...ref, writer, body: frozen, contentHash: sha256Hex(frozen), relativePath }, deps.now(), key ? 'signed' : 'awaiting');
  return true;
}

/** Adds one outbox row per target for a frozen revision; already queued rows are left alone. */
export function queueFrozen(deps: Pick<EnqueueDeps, 'now' | 'outbox'>, targetIds: readonly string[], ref: DocumentRef): number {
  const at = deps.now();
  let added = 0;
  for (const targetId of targetIds) if (deps.outbox.enqueue(targetId, ref, at)) added += 1;
  return added;
}
