/**
 * The browser host's API called from a test, for set-up: the same POST
 * /api/<method> with the start's token that the page itself uses.
 */
export interface Api {
  call<T>(name: string, input: unknown): Promise<T>;
}

export function apiFor(hostUrl: string): Api {
  const url = new URL(hostUrl);
  const token = url.hash.replace(/^#token=/, '');
  return {
    async call<T>(name: string, input: unknown): Promise<T> {
      const res = await fetch(`${url.origin}/api/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message);
      return envelope.value;
    },
  };
}

/** A reviewer, an agent and a draft of the built-in scorecard; returns the scorecard id. */
export async function newDraft(api: Api, agentName = 'Alex Morgan'): Promise<string> {
  await api.call('reviewer.setName', { name: 'Jane Reviewer' });
  const agent = await api.call<{ id: string }>('agents.create', { name: agentName });
  const [template] = await api.call<{ latestVersionId: string }[]>('templates.list', {});
  const detail = await api.call<{ scorecard: { id: string } }>('reviews.create', {
    agentId: agent.id,
    templateVersionId: template?.latestVersionId,
    interaction: { channel: 'phone', occurredAt: new Date().toISOString() },
  });
  return detail.scorecard.id;
}
