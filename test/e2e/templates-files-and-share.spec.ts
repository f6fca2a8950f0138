import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../../shared/util/canonical-json';
import { apiFor } from './support/api';
import { goTo, openApp } from './support/fixtures';
import { startHost } from './support/host';
import { addFolderTarget, expect, findSharedFile, goToScreen, targetCard, test } from './support/sync';
import { completeViaApi, goToTemplates, publishViaApi, salesCalls } from './support/templates';

test('a template exported from one install and shared through a folder is the same version on another, which scores with it and sees the scorecards in Team', async ({
  page,
  context,
  host,
  tempFolder,
}) => {
  const share = tempFolder();
  const files = tempFolder('callmark-files-');

  // Jane shares a folder, publishes a template and completes a scorecard on it.
  await openApp(page, host.url, 'Jane Reviewer');
  await addFolderTarget(page, share, 'Team share', 'Set up share');
  const api = apiFor(host.url);
  const agent = await api.call<{ id: string }>('agents.create', { name: 'Alex Morgan', team: 'Blue team' });
  const { templateId, versionId } = await publishViaApi(api);
  const scorecardId = await completeViaApi(api, agent.id, versionId, { greet: 'met', dpa: 'met', listening: 10, empathy: 'na' });
  await expect.poll(() => findSharedFile(share, scorecardId)).not.toBeNull();
  // The scorecard export embeds the template version it was scored on: a scale to 10, a comment on every answer.
  const exported = JSON.parse(fs.readFileSync(findSharedFile(share, scorecardId)!, 'utf8'));
  expect(exported.template).toMatchObject({ id: templateId, versionId, content: { name: 'Sales calls 2027' } });
  expect(exported.template.content.sections[1].elements[0]).toMatchObject({ kind: 'scale', max: 10, commentRequiredWhen: 'always' });

  // The template's file, exported from its page.
  await goToTemplates(page);
  await page.getByRole('link', { name: 'Sales calls 2027' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file of version 1' }).click();
  const file = path.join(files, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(path.basename(file)).toBe('sales-calls-2027-v1.callmark-template.json');
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'callmark.template', templateId, versionId, version: 1 });

  // Sam, on another install, adopts the share and imports.
  const second = await startHost();
  try {
    const sam = await context.newPage();
    await openApp(sam, second.url, 'Sam Second');
    await addFolderTarget(sam, share, 'Team share', 'Adopt share');
    const card = targetCard(sam, 'Team share');
    await card.getByRole('button', { name: 'Import now' }).click();
    await expect(card).toContainText('1 new scorecard, 1 published template and 1 roster entry imported, 0 already imported, 0 already seen, 0 skipped.');

    // Jane's scorecard is in Team, scored 100 on her template.
    await goToScreen(sam, 'Team');
    const row = sam.getByRole('table', { name: 'Team scorecards' }).getByRole('row', { name: /Jane Reviewer/ });
    await expect(row).toContainText('Alex Morgan');
    await expect(row).toContainText('100.0 %');
    await expect(row).toContainText('Exceeds expectations');

    // Her template is here too, read-only, under the same version: Sam can score with it, not change it.
    await goToTemplates(sam);
    const listed = sam.getByRole('table', { name: 'Templates' }).getByRole('row', { name: /Sales calls 2027/ });
    await expect(listed).toContainText('Shared by Jane Reviewer · Version 1');
    await listed.getByRole('link').click();
    await expect(sam.getByRole('button', { name: 'Duplicate…' })).toBeVisible();
    await expect(sam.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
    const samApi = apiFor(second.url);
    expect((await samApi.call<{ templateId: string; latestVersionId: string; sharedBy: string }[]>('templates.list', {})).find((t) => t.templateId === templateId)).toMatchObject({
      latestVersionId: versionId,
      sharedBy: 'Jane Reviewer',
    });
    await samApi.call('agents.create', { name: 'Bo Agent' });
    await goTo(sam, 'New review');
    await expect(sam.getByLabel('Scorecard').getByRole('option', { name: 'Sales calls 2027 (version 1)' })).toHaveCount(1);

    // The exported file names the same version: importing it changes nothing.
    await goToTemplates(sam);
    const importer = sam.getByRole('region', { name: 'Import a template file' });
    await importer.getByLabel('Template file (.json)').setInputFiles(file);
    await expect(importer.getByRole('status')).toContainText('This install already has version 1 of that template.');

    // Bad files are refused with the field named, and nothing is imported.
    const bad = path.join(files, 'bad.json');
    const broken = { ...salesCalls, sections: [{ ...salesCalls.sections[0], elements: [{ id: 'greet', kind: 'check', label: 'Greets', points: 0 }] }] };
    fs.writeFileSync(bad, JSON.stringify(rehashed({ format: 'callmark.template', formatVersion: 1, template: broken })));
    await importer.getByLabel('Template file (.json)').setInputFiles(bad);
    const alert = importer.getByRole('alert');
    await expect(alert).toContainText('Not imported: the template has errors.');
    await expect(alert).toContainText('sections[0].elements[0].points: must be a positive number');
    fs.writeFileSync(bad, '{"format": "callmark.template", "formatVersion": 1, "template": {');
    await importer.getByLabel('Template file (.json)').setInputFiles(bad);
    await expect(alert).toContainText('Not imported: not a template: the file is not JSON');
    await expect(sam.getByRole('table', { name: 'Templates' }).getByRole('row')).toHaveCount(3);
  } finally {
    await second.stop();
    fs.rmSync(second.dataFolder, { recursive: true, force: true });
  }
});

/** A file as another tool writes it: canonical JSON with its content hash. */
function rehashed(document: Record<string, unknown>): Record<string, unknown> {
  return { ...document, contentHash: createHash('sha256').update(canonicalJson(document)).digest('hex') };
}
