import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapped, readCappedSync, textOf } from '../../../electron/services/sync/folder/read-capped';
import { tempFolder } from '../../support/service';

/**
 * Reading a share's file (electron/services/sync/folder/read-capped.ts): the
 * backend's thread reads asynchronously, the import's checking thread
 * synchronously. Both must give the same answer for every kind of file a
 * share can hold, hostile ones included, and never block on a pipe.
 */
describe('reading a file of a share, capped', () => {
  it('gives the same answer asynchronously and synchronously: a file, a link, a pipe, a folder, too large, gone, outside the share', async () => {
    const share = fs.realpathSync(tempFolder('callmark-read-capped-'));
    const outside = fs.realpathSync(tempFolder('callmark-read-capped-outside-'));
    const at = (name: string) => path.join(share, name);
    fs.writeFileSync(at('plain.json'), '{"é":"’"}');
    fs.writeFileSync(at('big.json'), Buffer.alloc(2048, 'a'));
    fs.writeFileSync(path.join(outside, 'secret.json'), 'root:x:0:0');
    fs.symlinkSync(path.join(outside, 'secret.json'), at('link.json'));
    fs.symlinkSync(at('nothing.json'), at('dangling.json'));
    fs.symlinkSync('loop.json', at('loop.json'));
    execFileSync('mkfifo', [at('pipe.json')]);
    fs.mkdirSync(at('folder.json'));
    fs.writeFileSync(at('exactly.json'), Buffer.alloc(1024, 'b'));
    // A folder on the way that is a link out of the share: the last part opens, the check of where it really is refuses it.
    fs.symlinkSync(outside, at('2026'));

    const cases: [string, string, unknown][] = [
      [at('plain.json'), share, { kind: 'read', fingerprint: { sizeBytes: 12 } }],
      [at('big.json'), share, { kind: 'too_large', fingerprint: { sizeBytes: 2048 } }],
      [at('link.json'), share, { kind: 'not_a_file', what: expect.stringContaining('symbolic link') }],
      [at('dangling.json'), share, { kind: 'not_a_file', what: expect.stringContaining('symbolic link') }],
      [at('loop.json'), share, { kind: 'not_a_file', what: expect.stringContaining('symbolic link') }],
      [at('pipe.json'), share, { kind: 'not_a_file', what: 'not a plain file (a pipe, socket or device)' }],
      [at('folder.json'), share, { kind: 'not_a_file', what: 'a folder' }],
      [at('gone.json'), share, { kind: 'gone' }],
      [at('exactly.json'), share, { kind: 'read', fingerprint: { sizeBytes: 1024 } }],
      [path.join(at('2026'), 'secret.json'), share, { kind: 'not_a_file', what: expect.stringContaining('outside the share') }],
      [path.join(outside, 'secret.json'), share, { kind: 'not_a_file', what: expect.stringContaining('outside the share') }],
    ];
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (const [file, insideOf, expected] of cases) {
      const later = await readCapped(file, 1024, insideOf);
      const now = readCappedSync(file, 1024, insideOf);
      expect(later, file).toMatchObject(expected as object);
      expect(now, file).toEqual(later);
    }
    // Every descriptor opened was closed, whatever the answer.
    expect(open()).toBe(before);
    const read = readCappedSync(at('plain.json'), 1024, share);
    expect(read.kind === 'read' && read.bytes.toString('utf8')).toBe('{"é":"’"}');
  });

  it('hands its bytes to the hash check only when they are UTF-8, so exactly the UTF-8 of the text read', () => {
    const fingerprint = { sizeBytes: 0, mtimeMs: 0 };
    const utf8 = Buffer.from('{"name":"Zoë 🎧"}');
    expect(textOf({ kind: 'read', bytes: utf8, fingerprint })).toEqual({ kind: 'read', text: '{"name":"Zoë 🎧"}', fingerprint, utf8 });
    // Bytes that are not UTF-8 are read as replacement characters, and are not handed on either.
    expect(textOf({ kind: 'read', bytes: Buffer.from([0x7b, 0x80, 0x7d]), fingerprint })).toEqual({ kind: 'read', text: '{\uFFFD}', fingerprint });
  });
});
