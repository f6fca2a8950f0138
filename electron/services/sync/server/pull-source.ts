import type { ServerTargetConfig } from '../../../../shared/schemas/server-target';
import { documentFileName } from '../../../../shared/sync/file-names';
import type { KindRegistry } from '../../../../shared/sync/kinds';
import type { Fingerprint } from '../../../../shared/sync/import-verdicts';
import { readPullTrailer, type PulledDocument } from '../../../../shared/team-server/pull';
import { pullPositionText, resumePullFrom, type PullScope } from '../../../../shared/team-server/pull-position';
import { appVersion } from '../../../config/app-version';
import { sha256Hex } from '../export/sha256';
import type { ImportSource, Listing, SourceEntry } from '../import/source';
import { describeNetworkError } from './network-error';
import { classifyPull, type PullVerdict } from './pull-answer';
import { readWholeBody, stallTimer } from './read-answer';
import { locationForMessage, redactToken } from './redact';

export interface ServerSourceSettings {
  /** The target's id: what the import bookkeeping and the cursor are kept under. */
  targetId: string;
  config: ServerTargetConfig;
  /** The target's saved token, read per pull (a replaced token is used at once). */
  token: () => Promise<string | null>;
  kinds: KindRegistry;
  fetch?: typeof fetch;
  /** Documents per page (the server caps it too). */
  pageSize?: number;
}

/** A page of 200 documents is some 3 MB of scorecards: one transaction of the runner. */
const PAGE_SIZE = 200;
/** Far above any page of real documents; an answer larger than this is not one. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;
/** The first lines of a refusal are all that is shown of it. */
const MAX_REFUSAL_BYTES = 16 * 1024;

const RESTARTED =
  'The server did not recognise where this computer left off (it was restored from an older backup, or the address now leads to another server), so everything it holds was read again from the beginning: documents already here were recognised, none was imported twice.';

/**
 * A team server as an import source (the contract in ../import/source.ts, the
 * pull in docs/team-server.md): `list` asks for one page of documents after
 * the saved cursor, checks it whole (a page cut short or damaged is refused,
 * never taken for a short page) and keeps it in memory; `read` answers from
 * it. The runner stores the page's documents, runs the import hooks and saves
 * the next cursor in the transaction that stores the page's last ones.
 *
 * The token goes only to the target's saved URL, the address it was saved
 * for (changing the URL to another origin removes it, see handlers/targets.ts),
 * redirects are not followed, and no message carries it.
 */
export function createServerSource(settings: ServerSourceSettings): ImportSource {
  const { config, kinds } = settings;
  const doFetch = settings.fetch ?? fetch;
  const host = new URL(config.url).host;
  const scope: PullScope = { url: config.url, kinds: kinds.all.map((k) => k.kind) };
  let page = new Map<string, PulledDocument>();
  const held = (entry: SourceEntry) => page.get(`${entry.kind}/${entry.relativePath}`);

  /**
   * The next page, asked for as soon as this one's trailer is in, so the
   * server reads and sends it while this one is checked and stored. One page
   * ahead, never more; used only by the `list` that asks for that cursor with
   * the same token, and stopped otherwise.
   */
  let ahead: { since: string; token: string; verdict: Promise<PullVerdict>; stop: AbortController } | null = null;
  const readAhead = (since: string, token: string, signal: AbortSignal | undefined) => {
    const stop = new AbortController();
    ahead = { since, token, stop, verdict: pull(since, token, signal ? AbortSignal.any([signal, stop.signal]) : stop.signal, false) };
  };
  const ask = (since: string, token: string, signal: AbortSignal | undefined): Promise<PullVerdict> => {
    const read = ahead;
    ahead = null;
    if (read && read.since === since && read.token === token) return read.verdict;
    read?.stop.abort();
    return pull(since, token, signal, true);
  };

  async function pull(since: string, token: string, signal: AbortSignal | undefined, lookAhead: boolean): Promise<PullVerdict> {
    const url = new URL(config.url);
    url.searchParams.set('since', since);
    url.searchParams.set('limit', String(settings.pageSize ?? PAGE_SIZE));
    for (const kind of scope.kinds) url.searchParams.append('kind', kind);
    const stalled = new AbortController();
    const stall = stallTimer(stalled, config.timeoutMs);
    const redact = (text: string) => redactToken(text, token);
    let answered = false;
    try {
      const response = await doFetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/x-ndjson, application/json;q=0.5', 'User-Agent': `Callmark/${appVersion}` },
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, stalled.signal]) : stalled.signal,
      });
      answered = true;
      const ok = response.status >= 200 && response.status < 300;
      const body = await readWholeBody(response, ok ? MAX_PAGE_BYTES : MAX_REFUSAL_BYTES, stall);
      if ('tooLarge' in body && ok) return { kind: 'refused', message: `The answer from ${host} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB: it is not a page of documents.` };
      const trailer = ok && lookAhead && 'bytes' in body ? readPullTrailer(body.bytes) : null;
      if (trailer?.hasMore) readAhead(trailer.nextCursor, token, signal);
      const verdict = classifyPull(
        { status: response.status, contentType: response.headers.get('content-type'), body: 'bytes' in body ? body.bytes : new Uint8Array(0), location: locationForMessage(response.headers.get('location'), token) },
        host,
        sha256Hex,
      );
      return verdict.kind === 'page' ? verdict : { ...verdict, message: redact(verdict.message) };
    } catch (error) {
      if (signal?.aborted) return { kind: 'refused', message: 'The import was stopped before the server answered.' };
      if (stalled.signal.aborted) return { kind: 'refused', message: `${host} sent nothing for ${Math.round(config.timeoutMs / 1000)} s: the next import tries again.` };
      if (answered) return { kind: 'refused', message: `The answer from ${host} broke off before its end: nothing of it was kept, and the same documents are asked for at the next import.` };
      return { kind: 'refused', message: redact(describeNetworkError(error, host)) };
    } finally {
      stall.stop();
    }
  }

  return {
    sourceId: settings.targetId,
    // Reading a held page cannot fail; a server that went away shows at the next `list`.
    problem: async () => null,
    async list(saved, signal): Promise<Listing> {
      page = new Map();
      let token: string | null;
      try {
        token = await settings.token();
      } catch (error) {
        return { ok: false, message: `Could not read the token for this server: ${(error as Error).message}` };
      }
      if (!token) return { ok: false, message: 'No token is set for this server: add one in the target settings, then import again.' };
      // fetch would throw on a header it cannot carry, which would read as a network error.
      if (!/^[\x21-\x7e]+$/.test(token)) return { ok: false, message: 'The saved token contains spaces or characters an HTTP header cannot carry. Set the token again.' };
      let verdict = await ask(resumePullFrom(saved, scope), token, signal);
      const restarted = verdict.kind === 'restart';
      if (verdict.kind === 'restart') verdict = await ask('', token, signal);
      if (verdict.kind !== 'page') return { ok: false, message: verdict.message };
      if (verdict.page.hasMore && !ahead) readAhead(verdict.page.nextCursor, token, signal);
      const entries: SourceEntry[] = [];
      for (const item of verdict.page.items) {
        // The server answers only the kinds asked for; one it sends anyway is left alone, as readers must.
        if (!kinds.has(item.kind)) continue;
        const entry = { kind: item.kind, relativePath: nameOf(kinds, item), name: nameOf(kinds, item) };
        page.set(`${entry.kind}/${entry.relativePath}`, item);
        entries.push(entry);
      }
      return {
        ok: true,
        entries,
        next: pullPositionText(scope, verdict.page.nextCursor),
        more: verdict.page.hasMore,
        ...(restarted ? { notice: RESTARTED } : {}),
      };
    },
    async read(entry, maxBytes) {
      const item = held(entry);
      if (!item) return { kind: 'gone' };
      const fingerprint = fingerprintOf(item);
      return fingerprint.sizeBytes > maxBytes ? { kind: 'too_large', fingerprint } : { kind: 'read', text: item.body, fingerprint };
    },
    fingerprint: async (entry) => {
      const item = held(entry);
      return item ? fingerprintOf(item) : null;
    },
    explain: async (entry, error) => {
      const item = held(entry);
      return { reason: `could not be read: ${(error as Error).message}`, fingerprint: item ? fingerprintOf(item) : null };
    },
    tidy: async () => false,
  };
}

/**
 * The name a share would give the document, so every check on names applies.
 * A kind several installs write needs the writer: a document of such a kind
 * that comes without one gets a name its kind does not accept, and is listed
 * as skipped with the reason.
 */
function nameOf(kinds: KindRegistry, item: PulledDocument): string {
  const kind = kinds.get(item.kind);
  const ref = { documentId: item.documentId, revision: item.revision, writer: item.writer ?? '' };
  return kind.writers === 'many-installs' && !item.writer ? `${ref.documentId}.r${ref.revision}.json` : documentFileName(kind, ref);
}

/** Stored documents never change: their size and the time the server stored them tell one apart for good. */
const fingerprintOf = (item: PulledDocument): Fingerprint => ({ sizeBytes: Buffer.byteLength(item.body, 'utf8'), mtimeMs: Date.parse(item.storedAt) });
