import { parsePullPage, PULL_CONTENT_TYPE, type PullPage } from '../../../shared/team-server/pull';

/** One pull page, read with the published parser; throws with the server's message on a refusal. */
export async function pullOnce(url: string, token: string, query: Record<string, string | string[]> = {}): Promise<PullPage> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) params.append(k, one);
  const res = await fetch(`${url}?${params}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  if (res.status !== 200) throw Object.assign(new Error(`pull answered ${res.status}: ${text}`), { status: res.status, body: text });
  if (res.headers.get('content-type') !== `${PULL_CONTENT_TYPE}; charset=utf-8`) throw new Error(`pull answered ${res.headers.get('content-type')}`);
  const parsed = parsePullPage(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.page;
}

/** Every page from `since` on, following `hasMore`: the documents and the cursor to continue from. */
export async function pullAll(url: string, token: string, options: { since?: string; limit?: number; team?: string[] } = {}) {
  const items: PullPage['items'] = [];
  let since = options.since ?? '';
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await pullOnce(url, token, { since, ...(options.limit ? { limit: String(options.limit) } : {}), ...(options.team ? { team: options.team } : {}) });
    items.push(...page.items);
    since = page.nextCursor;
    if (!page.hasMore) return { items, cursor: since };
  }
  throw new Error('the pull did not end');
}
