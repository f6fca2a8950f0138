import { randomUUID } from 'node:crypto';
import type { OutgoingItem } from '../../../../electron/services/sync/delivery';
import { scorecardKind } from '../../../../shared/sync/kinds';
import { documentRelativePath } from '../../../../shared/sync/layout';

/** An outgoing scorecard item with arbitrary bytes: the folder target does not read what it writes. */
export function item(body = `{"n":${Math.random()}}`, completedAt = '2026-11-20T10:00:00.000Z'): OutgoingItem {
  const ref = { documentId: randomUUID(), revision: 1, writer: '' };
  return { kind: scorecardKind.kind, ...ref, body, contentHash: 'x'.repeat(64), relativePath: documentRelativePath(scorecardKind, ref, completedAt) };
}
