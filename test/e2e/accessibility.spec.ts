import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/sync';
import { openApp } from './support/fixtures';
import { seedScreens, visitEach } from './support/screens';

test('every screen and dialog passes axe', async ({ page, host, tempFolder }) => {
  test.setTimeout(180_000);
  const seeded = await seedScreens(host.url, tempFolder(), tempFolder('callmark-work-'));
  await openApp(page, host.url);
  const found: string[] = [];
  await visitEach(page, host.url, seeded, async (screen) => {
    // A modal dialog makes the page behind it inert: only the dialog is what a user can reach.
    const axe = new AxeBuilder({ page });
    const { violations } = await (screen.dialog ? axe.include('dialog[open]') : axe).analyze();
    for (const v of violations) found.push(`${screen.name}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(found).toEqual([]);
});
