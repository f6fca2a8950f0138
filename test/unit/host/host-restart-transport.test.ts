import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../renderer/api/http-transport';
import { createTokenSource, type TokenSource } from '../../../renderer/api/token';
import { startHostServer, type RunningHost } from '../../../electron/host/server';
import { newToken } from '../../../electron/host/token';
import { servicesClosedAfterEach } from '../../support/service';

const openService = servicesClosedAfterEach();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

/** A tab's address bar and storage, as much of `window` as the token source uses. */
function fakeTab(url: string) {
  const listeners: ((event: { oldURL: string }) => void)[] = [];
  const stored = new Map<string, string>();
  // One live object, as window.location is.
  const current = new URL(url);
  const tab = {
    location: current as unknown as Location,
    history: { state: null, replaceState: (_state: unknown, _title: string, next: string) => (current.href = new URL(next, current).href) } as unknown as History,
    sessionStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) } as unknown as Storage,
    addEventListener: (_type: string, listener: (event: { oldURL: string }) => void) => void listeners.push(listener),
    /** The user pasting a URL into this tab: only the hash changes, so the page stays. */
    paste(next: string) {
      const oldURL = current.href;
      current.href = next;
      for (const listener of listeners) listener({ oldURL });
    },
    get href() {
      return current.href;
    },
  };
  return tab;
}

async function host(service: ReturnType<typeof openService>, port = 0) {
  const token = newToken();
  const running = await startHostServer({ handlers: service.service.handlers, staticDir: '/nonexistent', token, port });
  hosts.push(running);
  return { running, token, url: `${running.url}#token=${token}` };
}

describe('the page after the browser host restarted', () => {
  it('takes a new token pasted into the same tab, keeping the screen it was on', () => {
    const tab = fakeTab('http://127.0.0.1:4000/#token=first');
    const tokens: TokenSource = createTokenSource(tab as never);
    expect(tokens.current()).toBe('first');
    expect(tab.href).toBe('http://127.0.0.1:4000/');
    tab.history.replaceState(null, '', '/#/review/abc');
    tab.paste('http://127.0.0.1:4000/#token=second');
    expect(tokens.current()).toBe('second');
    expect(tab.href).toBe('http://127.0.0.1:4000/#/review/abc');
  });

  it('holds a call the new host refused, writes nothing, and sends it once the new token is in', async () => {
    const service = openService();
    const first = await host(service);
    const tab = fakeTab(first.url);
    const tokens = createTokenSource(tab as never);
    const refusals: boolean[] = [];
    const base = first.running.url;
    const transport = createHttpTransport(tokens, (input, init) => fetch(new URL(String(input), base), init), (refused) => refusals.push(refused));

    expect(await transport('agents.create', { name: 'Alex Morgan' })).toMatchObject({ ok: true });
    await first.running.close();
    const second = await host(service, first.running.port);

    let settled = false;
    const held = transport('agents.create', { name: 'Priya Shah' }).finally(() => (settled = true));
    await expect.poll(() => refusals).toEqual([true]);
    expect(settled).toBe(false);
    expect((await service.call('agents.list', {})).map((a) => a.name)).toEqual(['Alex Morgan']);

    tab.paste(second.url);
    expect(await held).toMatchObject({ ok: true, value: { name: 'Priya Shah' } });
    expect(refusals).toEqual([true, false]);
    expect((await service.call('agents.list', {})).map((a) => a.name).sort()).toEqual(['Alex Morgan', 'Priya Shah']);
  });

  it('still reports a host that does not answer at all, so the save queue retries', async () => {
    const service = openService();
    const gone = await host(service);
    await gone.running.close();
    const transport = createHttpTransport(createTokenSource(fakeTab(gone.url) as never), (input, init) => fetch(new URL(String(input), gone.running.url), init));
    expect(await transport('agents.list', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('did not answer') } });
  });
});
