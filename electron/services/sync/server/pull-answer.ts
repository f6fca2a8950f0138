import type { Sha256Hex } from '../../../../shared/export/build';
import { parsePullPage, PULL_CONTENT_TYPE, TeamServerError, type PullPage } from '../../../../shared/team-server/pull';
import { serverMessage } from './server-message';

/** What one HTTP answer to a pull came back as; the body is all of it for a 2xx, the first lines otherwise. */
export interface PullHttpAnswer {
  status: number;
  contentType: string | null;
  body: Uint8Array;
  location: string | null;
}

/**
 * What an answer to a pull means (docs/team-server.md, "Writing the desktop's
 * pull"). Pure: the answer in, a verdict out.
 *
 * - `page`: a whole page, every body matching its SHA-256.
 * - `restart`: the server refused the cursor (restored from an older backup,
 *   or another server behind the address): pull again from the beginning.
 * - `refused`: nothing is kept and the cursor stays where it was; the message
 *   says why, and the next import asks again. A page cut short or damaged on
 *   the way is one of these, never taken for a short page.
 */
export type PullVerdict = { kind: 'page'; page: PullPage } | { kind: 'restart'; message: string } | { kind: 'refused'; message: string };

const CURSOR_REFUSALS = new Set(['cursor_from_future', 'cursor_unknown', 'cursor_invalid']);

export function classifyPull(answer: PullHttpAnswer, host: string, sha256: Sha256Hex): PullVerdict {
  const { status } = answer;
  const refused = (message: string): PullVerdict => ({ kind: 'refused', message });
  if (status >= 200 && status < 300) {
    if (!(answer.contentType ?? '').toLowerCase().startsWith(PULL_CONTENT_TYPE)) {
      return refused(`${host} answered the pull with ${answer.contentType ?? 'no content type'}, not a page of documents: check that the URL is a Callmark team server's.`);
    }
    const parsed = parsePullPage(answer.body);
    if (!parsed.ok) return refused(`The answer from ${host} was cut short or damaged (${parsed.message}): nothing of it was kept, and the same documents are asked for at the next import.`);
    const damaged = parsed.page.items.find((item) => sha256(item.body) !== item.bodySha256);
    if (damaged) return refused(`A document from ${host} (${damaged.kind} ${damaged.documentId}) was damaged on the way: nothing of the page was kept, and it is asked for again at the next import.`);
    return { kind: 'page', page: parsed.page };
  }
  const text = new TextDecoder().decode(answer.body);
  const said = serverMessage(text, answer.contentType);
  if (status === 400 && CURSOR_REFUSALS.has(errorCode(text))) return { kind: 'restart', message: said ?? `${host} refused where this computer left off.` };
  // The sentences below end with their own full stop.
  const because = said ? `: ${said.replace(/[.\s]+$/, '')}` : '';
  if (status === 401 || status === 403) return refused(`The server refused the token (HTTP ${status})${because}. Check or replace the token for this server.`);
  if (status === 404 || status === 405) {
    return refused(`${host} takes scorecards but does not send the team's back (HTTP ${status} to a pull): only a Callmark team server can be read from.`);
  }
  if (status >= 300 && status < 400) {
    return refused(`${host} redirects the pull${answer.location ? ` to ${answer.location}` : ''} (HTTP ${status}): set the target's URL to the final address.`);
  }
  if (status === 429 || status >= 500) return refused(`${host} could not answer now (HTTP ${status})${because}. The next import tries again.`);
  return refused(`${host} refused the pull (HTTP ${status})${because}.`);
}

function errorCode(text: string): string {
  try {
    const parsed = TeamServerError.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error : '';
  } catch {
    return '';
  }
}
