import { randomUUID } from 'node:crypto';
import type { OutgoingItem } from '../../../../electron/services/sync/delivery';
import { exportRelativePath } from '../../../../shared/sync/layout';

/** An outgoing item with arbitrary bytes: the folder target does not read what it writes. */
export function item(body = `{"n":${Math.random()}}`, completedAt = '2026-11-20T10:00:00.000Z'): OutgoingItem {
  const scorecardId = randomUUID();
  return { scorecardId, revision: 1, body, contentHash: 'x'.repeat(64), relativePath: exportRelativePath(scorecardId, 1, completedAt) };
}
