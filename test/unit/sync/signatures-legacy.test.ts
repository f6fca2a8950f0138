import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../electron/services/secrets/memory-store';
import { SecretStoreError, type SecretStore } from '../../../electron/services/secrets/store';
import { closeAfterEach } from '../../support/close-after-each';
import { openService, type OpenedService } from '../../support/service';
import { copiedShare } from './support/copied-share';
import { gate } from './support/fake-target';
import { forge } from './support/forge';
import { reviewersClosedAfterEach } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';
import { copyOfShare010, dataFolder010 } from './support/written-by-010';

/**
 * Signatures next to what came before them: documents an older Callmark
 * wrote (unsigned) are still read, but only those their author vouches for;
 * a key seen only on documents is marked; and a document completed before
 * the keychain answered is signed before it leaves.
 */
const reviewer = reviewersClosedAfterEach();
const track = closeAfterEach<OpenedService>();
/** Sam's database as 0.1.0 left it: one completed scorecard, frozen unsigned. */
const samFrom010 = (): OpenedService => track(openService(dataFolder010()));

describe('documents written before signatures', () => {
  it('are read from an install that signs now only when its roster entry lists them; an unsigned forgery in its name is refused', async () => {
    const sam = samFrom010();
    const root = emptyShare();
    await sam.call('sync.targets.add', { name: 'New share', config: { kind: 'folder', path: root }, sendExisting: true });
    await sam.idle();
    const [old] = shareFiles(root);
    const oldText = fs.readFileSync(path.join(root, 'scorecards', ...old!.split('/')), 'utf8');
    expect(JSON.parse(oldText)).not.toHaveProperty('signature');
    const roster = JSON.parse(fs.readFileSync(path.join(root, 'callmark-installs', ...shareFiles(root, { folder: 'callmark-installs' })[0]!.split('/')), 'utf8')) as { unsignedDocuments: string[] };
    expect(roster.unsignedDocuments).toEqual([JSON.parse(oldText).contentHash]);

    // An unsigned "scorecard" in Sam's name that his Callmark never listed.
    const forgedId = '0d0e0f10-1112-4131-8141-516171819202';
    const forged = forge(oldText, (d) => (d.scorecardId = forgedId), null);
    fs.writeFileSync(path.join(root, 'scorecards', ...old!.replace(/[0-9a-f-]{36}\.r1\.json$/, `${forgedId}.r1.json`).split('/')), forged);

    const tess = await reviewer('Tess Third');
    const target = await tess.addShare(root, { adopt: true });
    const report = await tess.call('sync.import', { targetId: target.id });
    expect(report).toMatchObject({ importedByKind: { scorecard: 1, 'install-key': 1 }, skipped: 1 });
    expect(report.skippedFiles[0]).toMatchObject({ relativePath: expect.stringContaining(forgedId), reason: expect.stringMatching(/^not signed, although Sam Second’s Callmark signs what it writes and does not list this/) });
    expect((await tess.call('sync.imported.list', {})).items).toEqual([expect.objectContaining({ trust: 'unsigned-listed' })]);
  });

  it('are read, marked unsigned, from an install that does not sign (an older Callmark)', async () => {
    const root = copyOfShare010();
    const tess = await reviewer('Tess Third');
    const target = await tess.addShare(root, { adopt: true });
    expect(await tess.call('sync.import', { targetId: target.id })).toMatchObject({ importedByKind: { scorecard: 4 } });
    expect(new Set((await tess.call('sync.imported.list', {})).items.map((i) => i.trust))).toEqual(new Set(['unsigned']));
  });
});

describe('a key seen only on documents', () => {
  it('is trusted on first use, and shown as not in the share’s roster', async () => {
    // Rita's files copied into Sam's share without her roster entry.
    const t = await copiedShare(reviewer, 1);
    fs.writeFileSync(path.join(t.dir, path.basename(t.files[0]!.rel)), t.files[0]!.bytes);
    expect(await t.sam.call('sync.import', { targetId: t.target.id })).toMatchObject({ importedByKind: { scorecard: 1 } });
    expect((await t.sam.call('sync.imported.list', {})).items[0]!.trust).toBe('signed-first-use');
    expect((await t.sam.call('sync.installs.list', {})).installs).toEqual([expect.objectContaining({ reviewerName: '', standing: 'trusted', inRoster: false })]);
  });
});

describe('the signing key', () => {
  it('signs a document completed before the keychain answered, before it leaves', async () => {
    const opened = gate();
    const store = createMemorySecretStore();
    const slow: SecretStore = { ...store, get: async (key) => (await opened.promise, store.get(key)) };
    const rita = await reviewer('Rita Reviewer', undefined, { secrets: slow });
    const root = emptyShare();
    await rita.addShare(root);
    const [id] = await rita.complete(1);
    const { db } = rita.service.context;
    expect(db.prepare('SELECT signature_state AS state FROM export_documents WHERE document_id = ?').get(id)).toEqual({ state: 'awaiting' });
    expect(shareFiles(root)).toEqual([]);

    opened.open();
    await rita.idle();
    const [file] = shareFiles(root);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'scorecards', ...file!.split('/')), 'utf8'))).toHaveProperty('signature.algorithm', 'ed25519');
    expect(db.prepare('SELECT signature_state AS state FROM export_documents WHERE document_id = ?').get(id)).toEqual({ state: 'signed' });
    expect(await rita.call('sync.exportPreview', { scorecardId: id! })).toHaveProperty('signature.algorithm', 'ed25519');
  });

  it('that cannot be read stops nothing but the sending, and the screen says why', async () => {
    const exposed: SecretStore = {
      ...createMemorySecretStore(),
      get: async () => {
        throw new SecretStoreError('exposed', 'The secrets file /x/secrets.json can be read by other users: make it private (chmod 600), then restart Callmark.');
      },
    };
    const rita = await reviewer('Rita Reviewer', undefined, { secrets: exposed });
    const target = await rita.addShare(emptyShare());
    await rita.complete(1);
    await rita.idle();
    const status = (await rita.call('sync.status', { targetId: target.id })).targets[0]!;
    expect(status.counts).toEqual({ pending: 1, sent: 0, failed: 0 });
    expect(status.lastError?.message).toMatch(/^This computer’s signing key cannot be read, so nothing is sent until it can: The secrets file .* \(chmod 600\)/);
    expect((await rita.call('sync.installs.list', {})).thisInstall.problem).toMatch(/signing key cannot be read/);
  });
});
