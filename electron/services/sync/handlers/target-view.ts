import type { TargetView } from '../../../../shared/api/sync';
import type { StoredTarget } from '../store/targets';

export const toTargetView = (t: StoredTarget): TargetView => ({
  id: t.id,
  name: t.name,
  config: t.config,
  enabled: t.enabled,
  createdAt: t.createdAt,
  shareId: t.shareId,
});
