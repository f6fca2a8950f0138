import { createHash, randomUUID } from 'node:crypto';
import type { OutgoingItem } from '../../../electron/services/sync/delivery';
import { scorecardKind } from '../../../shared/sync/kinds';
import { canonicalJson } from '../../../shared/util/canonical-json';

/** An outbox item as part A's outbox hands it over: canonical JSON bytes and their hash. */
export function outgoingItem(overrides: { scorecardId?: string; revision?: number; content?: Record<string, unknown> } = {}): OutgoingItem {
  const scorecardId = overrides.scorecardId ?? randomUUID();
  const revision = overrides.revision ?? 1;
  const body = canonicalJson({ scorecardId, revision, overall: { rounded: 70, exact: { numerator: '7', denominator: '10' } }, comment: 'Très bien — “quoted”', ...overrides.content });
  return {
    kind: scorecardKind.kind,
    documentId: scorecardId,
    revision,
    writer: '',
    body,
    contentHash: createHash('sha256').update(body, 'utf8').digest('hex'),
    relativePath: `2026/11/${scorecardId}.r${revision}.json`,
  };
}
