/**
 * Why `seq` can be a pull cursor. `seq` comes from a sequence when the row is
 * inserted, but transactions commit in any order: a row with seq 7 can become
 * visible after a reader has already seen seq 8 and moved its cursor past 7
 * (the classic outbox-polling bug). So every storing transaction holds
 * PULL_LOCK in SHARED mode from before its seq is drawn until it commits, and
 * a pull first takes PULL_LOCK in EXCLUSIVE mode, which waits for those
 * transactions to finish, and reads max(seq) while holding it: every row up
 * to that point is then committed (or rolled back) for good, and no later
 * insert can draw a smaller seq. Pulls answer only rows up to that point.
 * Storing transactions do not block one another (shared with shared), so
 * commits still group; a pull holds the exclusive lock only while reading one
 * index entry. It is a database lock, so it holds across server processes too.
 */
export const PULL_LOCK = 0x63616c70; // "calp"
