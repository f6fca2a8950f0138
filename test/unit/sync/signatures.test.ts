import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../electron/services/secrets/memory-store';
import { sha256Hex } from '../../../electron/services/sync/export/sha256';
import { createVerifier, signerOf } from '../../../electron/services/sync/signing/ed25519';
import { signatureClaim, unsignedHashOf } from '../../../shared/sync/signature';
import { forge, forgersKey, set } from './support/forge';
import { reviewersClosedAfterEach, type Reviewer } from './support/reviewer';
import { emptyShare, shareFiles } from './support/share';
import { testNoteKind, testNotes } from './support/test-note-kind';

/**
 * Anyone with write access to a share can write a file with a recomputed
 * content hash. Signatures make a colleague's document provably theirs: a
 * forged revision never gets in, and never takes the place of the real one.
 */
const reviewer = reviewersClosedAfterEach();
const scorecardsOf = (root: string) => path.join(root, 'scorecards');
const fileOf = (root: string, rel: string) => path.join(scorecardsOf(root), ...rel.split('/'));

/** Rita and Sam on one share; Rita has completed `count` scorecards, Sam has imported them. */
async function team(count = 1) {
  const secrets = createMemorySecretStore();
  const rita = await reviewer('Rita Reviewer', undefined, { secrets });
  const sam = await reviewer('Sam Second');
  const root = emptyShare();
  const ritas = await rita.addShare(root);
  const sams = await sam.addShare(root, { adopt: true });
  const ids = await rita.complete(count);
  await rita.idle();
  const imported = await sam.call('sync.import', { targetId: sams.id });
  const rel = (id: string, revision = 1) => `${shareFiles(root).find((f) => f.includes(id))!.slice(0, 8)}${id}.r${revision}.json`;
  const text = (id: string) => fs.readFileSync(fileOf(root, rel(id)), 'utf8');
  const put = (id: string, revision: number, body: string) => fs.writeFileSync(fileOf(root, rel(id, revision)), body);
  const importAtSam = () => sam.call('sync.import', { targetId: sams.id });
  return { rita, sam, root, ritas, sams, ids, imported, rel, text, put, importAtSam, secrets };
}

const revision2 = (doc: Record<string, unknown>) => {
  doc.revision = 2;
  doc.revisionReason = 'Calibration';
  set('score', 'bandLabel', 'Outstanding')(doc);
};
const skipReason = (report: { skippedFiles: { relativePath: string; reason: string }[] }, rel: string) => report.skippedFiles.find((f) => f.relativePath === rel)?.reason;
const installOf = async (r: Reviewer) => (await r.call('sync.installs.list', {})).thisInstall;

describe('signed documents', () => {
  it('signs every document it writes, keeps the private key in the secret store, and puts its public key in the share’s roster', async () => {
    const t = await team(1);
    const doc = JSON.parse(t.text(t.ids[0]!)) as Record<string, unknown>;
    expect(doc.signature).toMatchObject({ algorithm: 'ed25519', publicKey: expect.any(String), value: expect.any(String) });
    const claim = signatureClaim('scorecard', doc, unsignedHashOf(doc, sha256Hex));
    expect(claim).toMatchObject({ signed: true, publicKey: (doc.signature as { publicKey: string }).publicKey });
    if (claim.signed) expect(await createVerifier()(claim.publicKey, claim.message, claim.value)).toBe(true);

    const rita = await installOf(t.rita);
    expect(rita).toMatchObject({ keyNumber: 1, fingerprint: expect.stringMatching(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/), problem: null });
    expect(shareFiles(t.root, { folder: 'callmark-installs' })).toEqual([expect.stringMatching(new RegExp(`/${rita.installId}\\.r1\\.json$`))]);
    // Sam read the roster first: Rita's key, trusted on first use, with the same fingerprint as on Rita's screen.
    expect(t.imported).toMatchObject({ importedByKind: { scorecard: 1, 'install-key': 1 }, skipped: 0 });
    expect((await t.sam.call('sync.installs.list', {})).installs).toEqual([
      expect.objectContaining({ installId: rita.installId, reviewerName: 'Rita Reviewer', fingerprint: rita.fingerprint, standing: 'trusted', inRoster: true, firstSeenIn: 'Share of Sam Second' }),
    ]);
    expect((await t.sam.call('sync.imported.list', {})).items[0]).toMatchObject({ trust: 'signed' });

    const secret = JSON.parse((await t.secrets.get('sync.install-signing-key'))!) as { privateKey: string };
    expect(secret.privateKey.length).toBeGreaterThan(40);
    expect(fs.readFileSync(t.rita.service.databasePath).includes(Buffer.from(secret.privateKey))).toBe(false);
  });

  it('refuses a forged revision, however it was forged, saying why loudly', async () => {
    const t = await team(1);
    const [id] = t.ids;
    const real = t.text(id!);
    const mallory = forgersKey();
    const cases = [
      { how: 'hash recomputed, signature kept', body: forge(real, revision2, 'keep'), reason: /^its signature does not verify: it was changed after it was signed/ },
      { how: 'signed with another key in Rita’s name', body: forge(real, revision2, mallory), reason: /^signed with a key that is not the one Rita Reviewer’s Callmark uses: it may be forged\. Compare the fingerprints/ },
      { how: 'the signature stripped', body: forge(real, revision2, null), reason: /^not signed, although Rita Reviewer’s Callmark signs what it writes/ },
    ];
    for (const { how, body, reason } of cases) {
      t.put(id!, 2, body);
      const report = await t.importAtSam();
      expect(report, how).toMatchObject({ imported: 0, skipped: 1 });
      expect(skipReason(report, t.rel(id!, 2)), how).toMatch(reason);
    }
    expect((await t.sam.call('sync.imported.list', {})).items).toEqual([expect.objectContaining({ scorecardId: id, revision: 1 })]);
    // The second key that claimed Rita's install is shown, not trusted.
    const installs = (await t.sam.call('sync.installs.list', {})).installs;
    expect(installs.map((i) => [i.standing, i.publicKey === mallory.publicKey])).toEqual(expect.arrayContaining([['trusted', false], ['other', true]]));
  });

  it('refuses a revision signed by a colleague who did not create the scorecard', async () => {
    const t = await team(1);
    const quinn = await reviewer('Quinn Third');
    await quinn.addShare(t.root, { adopt: true });
    await quinn.complete(1);
    await quinn.idle();
    // Quinn's Callmark, trusted by Sam from its roster entry, writes and signs a "revision 2" of Rita's scorecard as its own.
    const quinnId = (await installOf(quinn)).installId;
    t.put(t.ids[0]!, 2, forge(t.text(t.ids[0]!), (d) => (revision2(d), set('origin', 'installId', quinnId)(d)), await reviewerKey(quinn)));
    const report = await t.importAtSam();
    expect(report.importedByKind).toEqual({ scorecard: 1, 'install-key': 1 });
    expect(skipReason(report, t.rel(t.ids[0]!, 2))).toMatch(new RegExp(`^revision 2 of scorecard ${t.ids[0]} comes from another Callmark than the one that created it`));
  });

  it('knows who created a scorecard from a revision stored earlier in the same pass: of two writers read together, the second is refused', async () => {
    const rita = await reviewer('Rita Reviewer');
    const sam = await reviewer('Sam Second');
    const quinn = await reviewer('Quinn Third');
    const root = emptyShare();
    await rita.addShare(root);
    const sams = await sam.addShare(root, { adopt: true });
    await quinn.addShare(root, { adopt: true });
    const [id] = await rita.complete(1);
    await quinn.complete(1);
    await Promise.all([rita.idle(), quinn.idle()]);
    // Quinn's "revision 2" of Rita's scorecard lies beside her revision 1 before Sam has imported either.
    const rel1 = shareFiles(root).find((f) => f.includes(id!))!;
    const first = fs.readFileSync(fileOf(root, rel1), 'utf8');
    const quinnId = (await installOf(quinn)).installId;
    fs.writeFileSync(fileOf(root, rel1.replace('.r1.json', '.r2.json')), forge(first, (d) => (revision2(d), set('origin', 'installId', quinnId)(d)), await reviewerKey(quinn)));
    const report = await sam.call('sync.import', { targetId: sams.id });
    // Quinn's own scorecard, and whichever of the two revisions was stored first: the other is not its creator's.
    expect(report.importedByKind).toMatchObject({ scorecard: 2 });
    expect(report.skippedFiles).toEqual([expect.objectContaining({ reason: expect.stringMatching(new RegExp(`^revision [12] of scorecard ${id} comes from another Callmark than the one that created it`)) })]);
  });

  it('never lets a forged document take the place of the real one: once the file is moved aside, the real one is imported', async () => {
    const t = await team(1);
    const [id] = t.ids;
    const forged = forge(t.text(id!), revision2, forgersKey());
    t.put(id!, 2, forged);
    expect(await t.importAtSam()).toMatchObject({ imported: 0, skipped: 1 });

    // Rita revises for real: her file cannot take the forged file's name, and she is told so.
    await t.rita.call('reviews.revise', { scorecardId: id!, reason: 'Calibration: welcome-1 was met' });
    await t.rita.call('reviews.setAnswer', { scorecardId: id!, elementId: 'welcome-1', value: 'met' });
    await t.rita.call('reviews.complete', { scorecardId: id! });
    await t.rita.idle();
    const status = (await t.rita.call('sync.status', { targetId: t.ritas.id })).targets[0]!;
    expect(status.counts.failed).toBe(1);
    expect(status.lastError?.message).toMatch(/A different file named scorecards\/.*\.r2\.json .* is already in .*move that file aside, then retry/);

    fs.renameSync(fileOf(t.root, t.rel(id!, 2)), path.join(t.root, 'forged-aside.json'));
    await t.rita.call('sync.items.retry', { targetId: t.ritas.id });
    await t.rita.idle();
    expect(await t.importAtSam()).toMatchObject({ importedByKind: { scorecard: 1 } });
    const latest = await t.sam.call('sync.imported.get', { scorecardId: id! });
    expect(latest.document).toMatchObject({ revision: 2, revisionReason: 'Calibration: welcome-1 was met', reviewer: { name: 'Rita Reviewer' } });
    expect(latest.item.trust).toBe('signed');
  });

  it('trusts a colleague’s new key only when told to, after comparing fingerprints, and then reads what it refused', async () => {
    const t = await team(1);
    const [id] = t.ids;
    const newKey = forgersKey();
    t.put(id!, 2, forge(t.text(id!), revision2, newKey));
    expect(await t.importAtSam()).toMatchObject({ imported: 0, skipped: 1 });
    const other = (await t.sam.call('sync.installs.list', {})).installs.find((i) => i.standing === 'other')!;
    expect(other.publicKey).toBe(newKey.publicKey);

    const after = await t.sam.call('sync.installs.trust', { installId: other.installId, publicKey: newKey.publicKey });
    expect(after.installs.map((i) => [i.publicKey === newKey.publicKey, i.standing]).sort()).toEqual([[false, 'replaced'], [true, 'trusted']]);
    expect(await t.importAtSam()).toMatchObject({ importedByKind: { scorecard: 1 }, skipped: 0 });
    await expect(t.sam.call('sync.installs.trust', { installId: other.installId, publicKey: forgersKey().publicKey })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('every kind of document', () => {
  it('is signed and checked the same way: a kind several installs write too', async () => {
    const notes = testNotes();
    const rita = await reviewer('Rita Reviewer', undefined, notes.setup);
    const sam = await reviewer('Sam Second', undefined, testNotes().setup);
    const root = emptyShare();
    await rita.addShare(root);
    const sams = await sam.addShare(root, { adopt: true });
    const noteId = '5e7e5e7e-0001-4abc-8def-0123456789ab';
    notes.complete(rita.service, noteId, 1, 'agenda for Monday');
    await rita.idle();
    const [rel] = shareFiles(root, { folder: testNoteKind.folder });
    const file = path.join(root, testNoteKind.folder, ...rel!.split('/'));
    const real = fs.readFileSync(file, 'utf8');
    const note = JSON.parse(real) as Record<string, unknown>;
    expect(note).toHaveProperty('signature.algorithm', 'ed25519');
    // This kind keeps its content hash when signed, as calibration documents must (others refer to it): the hash of the note as built.
    expect(note.contentHash).toBe(unsignedHashOf(note, sha256Hex));

    // Changed in place by someone with write access, hash recomputed, signed with a key that is not Rita's.
    fs.writeFileSync(file, forge(real, (d) => (d.text = 'agenda: cancelled'), forgersKey(), testNoteKind.kind));
    const report = await sam.call('sync.import', { targetId: sams.id });
    expect(report).toMatchObject({ importedByKind: { 'install-key': 1 }, skipped: 1, skippedFiles: [{ kind: testNoteKind.kind, reason: expect.stringMatching(/^signed with a key that is not the one Rita Reviewer’s Callmark uses/) }] });

    // The real bytes back: read again (its content changed), and imported.
    fs.writeFileSync(file, real);
    expect(await sam.call('sync.import', { targetId: sams.id })).toMatchObject({ importedByKind: { [testNoteKind.kind]: 1 }, skipped: 0 });
  });
});

/** A reviewer's signing key as its secret store holds it: the test signs as that install's Callmark would. */
async function reviewerKey(r: Reviewer) {
  const stored = JSON.parse((await r.service.context.secrets.get('sync.install-signing-key'))!) as { privateKey: string };
  return signerOf(stored.privateKey);
}
