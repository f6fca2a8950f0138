import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashedDocumentText } from '../../shared/sync/hashed-document';
import { DOCUMENT_KINDS } from '../../shared/sync/kinds';
import { testNoteKind } from '../unit/sync/support/test-note-kind';
import { postgresMissing } from './support/postgres';
import { pullAll } from './support/pull';
import { teamServerCluster, type TeamServerHandle } from './support/team-server';
import { sha256Hex as sha256 } from '../../electron/services/sync/export/sha256';


/** A test note (a kind several installs write) as one install's desktop would send it. */
function note(noteId: string, revision: number, writer: string, text = 'agenda') {
  const { text: body } = hashedDocumentText(
    { format: 'callmark.test-note', formatVersion: 1, noteId, revision, writtenAt: '2026-11-20T10:00:00.000Z', text, origin: { installId: writer } },
    sha256,
  );
  return { noteId, revision, writer, body };
}
type Note = ReturnType<typeof note>;

const headers = (token: string, n: Note) => ({
  authorization: `Bearer ${token}`,
  'content-type': 'application/json; charset=utf-8',
  'idempotency-key': `test-note:${n.noteId}:r${n.revision}:${n.writer}`,
  'callmark-content-sha256': sha256(n.body),
  'callmark-document-kind': 'test-note',
  'callmark-document-id': n.noteId,
  'callmark-revision': String(n.revision),
  'callmark-writer-install-id': n.writer,
});
const send = async (t: TeamServerHandle, token: string, n: Note, extra: Record<string, string> = {}) => {
  const res = await fetch(t.url, { method: 'POST', headers: { ...headers(token, n), ...extra }, body: n.body });
  return { status: res.status, body: (await res.json()) as { error?: string; message?: string; status?: string } };
};

/**
 * A kind the server has no code for (registered only here, as coaching
 * sessions will be in the shared registry) is verified by its own schema and
 * hash, keyed by its writer, owned by its first pusher and read by its
 * pusher's teams: the rules every kind without a rule of its own follows.
 */
describe.skipIf(postgresMissing)('a kind the server knows only from the registry', () => {
  const pg = teamServerCluster();

  it('is keyed by writer, owned by its first pusher, and read by the teams its pusher was in', async () => {
    const t = await pg.open({ kinds: [...DOCUMENT_KINDS, testNoteKind] });
    const rita = await t.createUser('Rita', 'reviewer', ['North']);
    const sam = await t.createUser('Sam', 'reviewer', ['North']);
    const id = randomUUID();
    const [laptop, desktop] = [randomUUID(), randomUUID()];

    expect(await send(t, rita, note(id, 1, laptop))).toMatchObject({ status: 201, body: { status: 'stored', kind: 'test-note', documentId: id, revision: 1, writer: laptop } });
    expect(await send(t, rita, note(id, 1, laptop))).toMatchObject({ status: 200, body: { status: 'already_stored' } });
    expect(await send(t, rita, note(id, 1, laptop, 'changed'))).toMatchObject({ status: 409, body: { error: 'different_content' } });
    // Rita's second install writes its own version of the same revision: another key, both kept.
    expect(await send(t, rita, note(id, 1, desktop))).toMatchObject({ status: 201 });
    // Sam may not write a revision of a note Rita pushed first.
    expect(await send(t, sam, note(id, 2, randomUUID()))).toMatchObject({
      status: 403,
      body: { error: 'revision_from_another_author', message: expect.stringContaining('from "Rita"') },
    });
    expect(await send(t, rita, note(id, 2, laptop), { 'idempotency-key': `${id}:r2` })).toMatchObject({
      status: 400,
      body: { error: 'idempotency_key_mismatch', message: expect.stringContaining(`expected "test-note:${id}:r2:${laptop}"`) },
    });
    expect(await send(t, rita, note(id, 2, laptop), { 'callmark-writer-install-id': desktop })).toMatchObject({ status: 400, body: { error: 'header_mismatch' } });
    expect(await send(t, rita, { ...note(id, 2, laptop), body: note(id, 2, laptop).body.replace('agenda', 'agendA') })).toMatchObject({
      status: 422,
      body: { error: 'hash_mismatch', message: expect.stringContaining('The test note was not accepted: its content hash does not match') },
    });
    const stored = await t.sql<{ writer: string; revision: number }[]>`SELECT writer, revision FROM documents ORDER BY seq`;
    expect(stored).toEqual([
      { writer: laptop, revision: 1 },
      { writer: desktop, revision: 1 },
    ]);

    const lena = await t.createUser('Lena', 'team_leader', ['North', 'West']);
    const eve = await t.createUser('Eve', 'team_leader', ['East']);
    const ada = await t.createUser('Ada', 'admin');
    const pulled = await pullAll(t.url, lena);
    expect(pulled.items.map((i) => [i.kind, i.documentId, i.revision, i.writer])).toEqual([
      ['test-note', id, 1, laptop],
      ['test-note', id, 1, desktop],
    ]);
    expect(pulled.items.map((i) => i.body)).toEqual([note(id, 1, laptop).body, note(id, 1, desktop).body]);
    expect((await pullAll(t.url, eve)).items).toEqual([]);
    expect((await pullAll(t.url, ada)).items).toHaveLength(2);
    expect((await pullAll(t.url, lena, { team: ['West'] })).items).toEqual([]);
  });
});
