import fs from 'node:fs';
import path from 'node:path';
import { openApp } from './support/fixtures';
import { expect, goToScreen, targetCard, test } from './support/sync';

/**
 * The Sync screen as the desktop app shows it, in real Chromium against the real host: the page gets a bridge
 * shaped like electron/preload.ts's, which carries calls to the host and plays the main process's part (the folder
 * dialog answers with a grant, and the grant becomes the path on the way, as electron/ipc/folder-relay.ts does).
 * It records what the page sent: in the desktop app the page must never send a folder path.
 */
test('in the desktop app a shared folder is chosen with the folder dialog, and the page never sends its path', async ({ page, host, tempFolder }) => {
  const share = tempFolder('callmark-desktop-share-');
  const token = new URL(host.url).hash.replace('#token=', '');
  await page.addInitScript(
    ({ folder, apiToken }) => {
      const sent: { name: string; input: unknown }[] = [];
      const grants = new Map<string, string>();
      const withPath = (choice: { grantId?: string }) => {
        const { grantId, ...rest } = choice;
        return grantId ? { ...rest, path: grants.get(grantId) } : choice;
      };
      const call = async (name: string, input: unknown) => {
        const response = await fetch(`api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiToken}` },
          body: JSON.stringify(input ?? {}),
        });
        return response.json();
      };
      Object.assign(window, {
        sentByPage: sent,
        callmark: {
          async invoke(name: string, input: Record<string, unknown>) {
            sent.push({ name, input: JSON.parse(JSON.stringify(input ?? {})) });
            if (name === 'sync.targets.chooseFolder') {
              const grantId = 'g'.repeat(40);
              grants.set(grantId, folder);
              return { ok: true, value: { grant: { grantId, fileName: folder.split('/').at(-1) } } };
            }
            if (name === 'sync.targets.inspectFolder') return call(name, withPath(input));
            if ((name === 'sync.targets.add' || name === 'sync.targets.update') && (input.config as { kind?: string } | undefined)?.kind === 'folder') {
              return call(name, { ...input, config: withPath(input.config as { grantId?: string }) });
            }
            return call(name, input);
          },
          grantDroppedFile: async () => ({ ok: false, error: { code: 'invalid_input', message: 'not in this test' } }),
        },
      });
    },
    { folder: share, apiToken: token },
  );

  await openApp(page, host.url.replace(/#.*$/, ''));
  await goToScreen(page, 'Sync');
  await page.getByRole('button', { name: 'Add shared folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a shared folder' });
  // No text field for a path: only the dialog's choice.
  await expect(dialog.getByRole('textbox', { name: 'Folder' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(dialog.getByText('An empty folder: Callmark will set it up as a new share.')).toBeVisible();
  await expect(dialog.getByText(share)).toBeVisible();
  await dialog.getByRole('button', { name: 'Set up share' }).click();
  await expect(targetCard(page, path.basename(share))).toContainText(share);
  expect(fs.existsSync(path.join(share, 'callmark-share.json'))).toBe(true);

  const sent = await page.evaluate(() => (window as unknown as { sentByPage: { name: string; input: unknown }[] }).sentByPage);
  const folderCalls = sent.filter((call) => call.name.startsWith('sync.targets.') && call.name !== 'sync.targets.list');
  expect(folderCalls.map((call) => call.name)).toEqual(['sync.targets.chooseFolder', 'sync.targets.inspectFolder', 'sync.targets.add']);
  expect(folderCalls.map((call) => call.input)).toEqual([{}, { grantId: 'g'.repeat(40) }, expect.objectContaining({ config: { kind: 'folder', grantId: 'g'.repeat(40) } })]);
  expect(JSON.stringify(sent)).not.toContain(share);
});
