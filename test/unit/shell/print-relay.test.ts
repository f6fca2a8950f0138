import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_PAGE_URL } from '../../../electron/security/app-url';
import { standIn } from '../../support/electron/stand-in';
import { StandInBrowserWindow } from '../../support/electron/windows';
import { servicesClosedAfterEach, tempFolder } from '../../support/service';
import { openPageWindow, wireIpc } from './support';

vi.mock('electron', async () => (await import('../../support/electron/stand-in')).electronStandIn);

const openService = servicesClosedAfterEach();
beforeEach(() => standIn.reset());

const sessionId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function desktop() {
  const wired = wireIpc(openService());
  const win = openPageWindow();
  const call = (input: unknown) => standIn.invoke(standIn.fromPage(win), 'callmark:print.savePdf', input) as Promise<{ ok: boolean; value?: { savedTo: string | null }; error?: { code: string; message: string } }>;
  return { ...wired, win, call };
}

describe('Save as PDF in the desktop app: printed by Chromium in a hidden window of the app, saved where the user chose', () => {
  it('prints the coaching pack page in a hidden, sandboxed window like the main one and writes the PDF where the Save dialog said', async () => {
    const { call, win, backendCalls } = desktop();
    const file = path.join(tempFolder('callmark-pdf-'), 'pack.pdf');
    standIn.state.saveAnswers.push(file);
    const answer = await call({ printable: { page: 'coaching-pack', sessionId }, suggestedName: 'coaching-pack-alex-2026-11-30.pdf' });

    expect(answer).toEqual({ ok: true, value: { savedTo: file } });
    const printer = StandInBrowserWindow.all.find((w) => w !== win)!;
    expect(printer.options).toMatchObject({ show: false, webPreferences: { ...win.options.webPreferences, preload: path.resolve('/app/preload.cjs') } });
    expect(printer.webContents.printed).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(printer.isDestroyed()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain(`stand-in print of ${APP_PAGE_URL}#/coaching/session/${sessionId}/pack`);
    expect(standIn.state.dialogs).toMatchObject([{ kind: 'save', window: win, options: { defaultPath: 'coaching-pack-alex-2026-11-30.pdf' } }]);
    expect(backendCalls.map((c) => c.name)).not.toContain('print.savePdf');
  });

  it('writes nothing when the user cancels the Save dialog', async () => {
    const { call } = desktop();
    const folder = tempFolder('callmark-pdf-');
    standIn.state.saveAnswers.push(null);
    expect(await call({ printable: { page: 'calibration-results', sessionId }, suggestedName: 'results.pdf' })).toEqual({ ok: true, value: { savedTo: null } });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses a page that is not on the printable list, or a file name with a folder in it, before any window opens', async () => {
    const { call, win } = desktop();
    const other = await call({ printable: { page: 'https://example.com/', sessionId }, suggestedName: 'x.pdf' });
    expect(other).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('printable') } });
    const folder = await call({ printable: { page: 'coaching-pack', sessionId }, suggestedName: '../../etc/pack.pdf' });
    expect(folder).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('suggestedName') } });
    expect(StandInBrowserWindow.all.filter((w) => w !== win)).toEqual([]);
    expect(standIn.state.dialogs).toEqual([]);
  });
});
