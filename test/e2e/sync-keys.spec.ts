import fs from 'node:fs';
import path from 'node:path';
import { forge, forgersKey } from '../unit/sync/support/forge';
import { apiFor } from './support/api';
import { openApp } from './support/fixtures';
import { startHost } from './support/host';
import { expect, findSharedFile, goToScreen, targetCard, test } from './support/sync';
import { addShare, reviewerOn, sent } from './support/sync-shares';

test('colleagues compare key fingerprints on their Sync screens, and a second key in one’s name is shown loudly and trusted only on request', async ({
  page,
  context,
  host,
  tempFolder,
}) => {
  const share = tempFolder();
  const janeApi = apiFor(host.url);
  const jane = await reviewerOn(janeApi, 'Jane Reviewer');
  const janeTarget = await addShare(janeApi, share);
  const id = await jane.complete('CALL-6001');
  await sent(janeApi, janeTarget, 1);

  const second = await startHost();
  try {
    const samApi = apiFor(second.url);
    await reviewerOn(samApi, 'Sam Second');
    const samTarget = await addShare(samApi, share);
    await samApi.call('sync.import', { targetId: samTarget });

    // Jane reads her fingerprint out; Sam finds the same one beside her name.
    await openApp(page, host.url, 'Jane Reviewer');
    await goToScreen(page, 'Sync');
    const janeKeys = page.getByRole('region', { name: 'Signing keys' });
    const fingerprint = (await janeKeys.getByRole('definition').first().textContent())!.trim();
    expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);

    const samPage = await context.newPage();
    await openApp(samPage, second.url, 'Sam Second');
    await goToScreen(samPage, 'Sync');
    const samKeys = samPage.getByRole('region', { name: 'Signing keys' });
    const janeRow = samKeys.getByRole('table', { name: 'Colleagues’ keys' }).getByRole('row', { name: /Jane Reviewer/ });
    await expect(janeRow).toContainText(fingerprint);
    await expect(janeRow).toContainText('Trusted since first seen in a share’s roster.');

    // Someone with write access to the share signs a "revision 2" of Jane's scorecard with a key of their own.
    const original = findSharedFile(share, id)!;
    const mallory = forgersKey();
    fs.writeFileSync(path.join(path.dirname(original), `${id}.r2.json`), forge(fs.readFileSync(original, 'utf8'), (d) => ((d.revision = 2), (d.revisionReason = 'edited')), mallory));
    await targetCard(samPage, 'Team share').getByRole('button', { name: 'Import now' }).click();
    const warning = samKeys.getByRole('alert').filter({ hasText: 'A second key claims to be Jane Reviewer’s Callmark' });
    await expect(warning).toContainText('documents signed with it are not imported');
    await expect(targetCard(samPage, 'Team share')).toContainText('1 skipped');

    // Sam asks Jane; in this story she did reinstall, and the fingerprints match: he trusts the key.
    await warning.getByRole('button', { name: 'Trust this key…' }).click();
    const dialog = samPage.getByRole('dialog', { name: 'Trust this key for Jane Reviewer?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    const newFingerprint = (await dialog.locator('code').textContent())!.trim();
    expect(newFingerprint).not.toBe(fingerprint);
    await dialog.getByRole('button', { name: 'The fingerprints match: trust it' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(samPage.getByRole('status').filter({ hasText: `The key ${newFingerprint} is trusted` })).toBeVisible();
    await expect(warning).toHaveCount(0);
    await expect(samKeys.getByRole('row', { name: /Jane Reviewer/ }).filter({ hasText: newFingerprint })).toContainText('Trusted');

    await targetCard(samPage, 'Team share').getByRole('button', { name: 'Import now' }).click();
    await expect(samPage.getByRole('status').filter({ hasText: 'Team share: 1 new scorecard imported.' })).toBeVisible();
  } finally {
    await second.stop();
    fs.rmSync(second.dataFolder, { recursive: true, force: true });
  }
});
