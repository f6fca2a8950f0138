import { afterEach, describe, expect, it } from 'vitest';
import { startHostServer, type RunningHost } from '../../../electron/host/server';
import { newToken } from '../../../electron/host/token';
import { servicesClosedAfterEach } from '../../support/service';

const openService = servicesClosedAfterEach();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

const sessionId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const pack = { page: 'coaching-pack', sessionId };

/** A real host whose printer records the page it was asked for (real printing is the coaching e2e's). */
async function hostWith(printPdf?: (url: string) => Promise<Buffer>) {
  const token = newToken();
  const printed: string[] = [];
  const running = await startHostServer({
    handlers: openService().service.handlers,
    staticDir: '/nonexistent',
    token,
    ...(printPdf ? { printPdf: (url: string) => (printed.push(url), printPdf(url)) } : {}),
  });
  hosts.push(running);
  const post = (body: unknown, auth = `Bearer ${token}`) =>
    fetch(`${running.url}print.pdf`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
  return { running, token, printed, post };
}

describe('POST /print.pdf on the browser host', () => {
  it('prints the named page of this host, with its token, and answers it as a PDF download under the name asked', async () => {
    const { running, token, printed, post } = await hostWith(() => Promise.resolve(Buffer.from('%PDF-1.7 pack')));
    const res = await post({ printable: pack, fileName: 'coaching-pack-alex-2026-11-30.pdf' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="coaching-pack-alex-2026-11-30.pdf"');
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('%PDF-1.7 pack');
    expect(printed).toEqual([`${running.url}#token=${token}&/coaching/session/${sessionId}/pack`]);
  });

  it('refuses without the token, a page off the printable list, or a file name with a folder, printing nothing', async () => {
    const { printed, post } = await hostWith(() => Promise.resolve(Buffer.from('%PDF')));
    expect((await post({ printable: pack, fileName: 'a.pdf' }, 'Bearer wrong')).status).toBe(401);
    const page = await post({ printable: { page: 'https://example.com/', sessionId }, fileName: 'a.pdf' });
    expect(page.status).toBe(400);
    expect(await page.text()).toMatch(/^printable: /);
    const name = await post({ printable: pack, fileName: '../secrets/a.pdf' });
    expect(name.status).toBe(400);
    expect(await name.text()).toMatch(/^fileName: .*plain file name/);
    expect(printed).toEqual([]);
  });

  it('says to use the browser’s own Print when it has no Chromium to print with', async () => {
    const { post } = await hostWith();
    const res = await post({ printable: pack, fileName: 'pack.pdf' });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('use your browser’s Print, then Save as PDF');
  });
});
