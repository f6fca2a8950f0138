import type postgres from 'postgres';
import { teamKey } from '../../../server/access/team';
import { createServerKinds } from '../../../server/documents/kinds';
import { storeDocument } from '../../../server/store/documents';
import type { Doc } from './documents';

/**
 * Stores a scorecard as the push route does, without HTTP, so a test can hold
 * its transaction open before COMMIT (`beforeCommit`) and race another one.
 */
export async function storeScorecard(sql: postgres.Sql, userId: string, doc: Doc, beforeCommit?: () => Promise<void>) {
  const verified = await createServerKinds().verify('scorecard', doc.body);
  if (!verified.ok) throw new Error(verified.message);
  const { ref, rule, document, team } = verified;
  return storeDocument(
    sql,
    userId,
    { key: ref, bodySha256: doc.bodySha256, body: doc.body, authorId: verified.authorId, team: team!, readerTeamKeys: [teamKey(team!)], placedAt: verified.placedAt, storedAt: new Date() },
    (db, stored) => rule.writeFacts!(db, stored, document, userId),
    beforeCommit ? { beforeCommit } : {},
  );
}

/** A gate a test opens by hand: an event, never a timer. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}
