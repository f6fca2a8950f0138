import type { PushBatchResult } from '../../shared/team-server/push-batch';
import { ok, refuse, type Answer } from '../http/answer';
import type { StoreOutcome } from '../store/documents';
import type { About } from './check';

/** What a store outcome answers: 201 stored, 200 stored before, or the refusal. */
export function answerFor(outcome: StoreOutcome, about: About): Answer {
  const what = `revision ${about.revision} of ${about.kind} ${about.documentId}`;
  const log = { ...about };
  switch (outcome.kind) {
    case 'stored':
      return ok(201, { status: 'stored', ...about }, log);
    case 'already_stored':
      return ok(200, { status: 'already_stored', ...about }, log);
    case 'different_content':
      return refuse(409, 'different_content', `This server already holds ${what} with different content.`, { log });
    case 'author_bound_to_other':
      return refuse(403, 'reviewer_not_you', `The document's reviewer pushes as "${outcome.userName}" on this server: only their own token may push in their name.`, { log });
    case 'owned_by_other':
      return refuse(403, 'revision_from_another_author', `This server holds earlier revisions of ${about.kind} ${about.documentId} from "${outcome.userName}": only they may push its revisions.`, { log });
    case 'unstorable_json':
      return refuse(422, 'unstorable_json', `PostgreSQL cannot store this document as JSON (${outcome.message}).`, { log });
  }
}

/** A document's answer inside a batch: the status and body its single push would have had. */
export function batchResultOf(answer: Answer): PushBatchResult {
  if (answer.reason !== undefined) return { httpStatus: answer.status, error: answer.reason, message: answer.message ?? '' };
  return { httpStatus: answer.status as 200 | 201, ...(JSON.parse(answer.body as string) as Omit<Extract<PushBatchResult, { status: string }>, 'httpStatus'>) };
}
