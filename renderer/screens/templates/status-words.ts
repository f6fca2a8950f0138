import type { TemplateStatus } from '../../../shared/api/templates';
import { formatDateTime } from '../../format/dates';

/** A template's state in a few words: where it came from, what is published, whether a draft waits. */
export function statusWords(t: TemplateStatus): string {
  const parts: string[] = [];
  if (t.source === 'builtin') parts.push('Built in');
  if (t.source === 'share') parts.push(`Shared by ${t.sharedBy || 'a colleague'}`);
  parts.push(t.latest ? `Version ${t.latest.version}, published ${formatDateTime(t.latest.publishedAt)}` : 'Not published yet');
  if (t.draft) parts.push(`draft of version ${(t.draft.baseVersion ?? 0) + 1} saved ${formatDateTime(t.draft.updatedAt)}`);
  if (t.archived) parts.push('archived');
  return parts.join(' · ');
}
