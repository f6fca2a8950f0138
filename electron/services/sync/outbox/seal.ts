import type { KindRegistry } from '../../../../shared/sync/kinds';
import { signDocumentText } from '../../../../shared/sync/signature';
import type { OutgoingItem } from '../delivery';
import { sha256Hex } from '../export/sha256';
import type { InstallKeyring } from '../signing/install-key';
import type { DocumentsStore, FrozenDocument } from '../store/documents';

/**
 * A document frozen before this install's key could be read is signed, once,
 * before it is first sent: those signed bytes are then its frozen bytes for
 * every target (two targets sealing it at once write the same bytes, since
 * Ed25519 signatures are deterministic). Throws, with words for the user,
 * while the key cannot be had.
 */
export function createSealer(documents: DocumentsStore, keyring: InstallKeyring, kinds: KindRegistry) {
  return async (item: FrozenDocument): Promise<OutgoingItem> => {
    if (!item.awaitingSignature) return item;
    const key = await keyring.ready();
    const body = signDocumentText(item.kind, item.body, key, sha256Hex, kinds.get(item.kind).keepsContentHash).text;
    documents.seal(item, body, sha256Hex(body));
    return documents.get(item) ?? item;
  };
}
