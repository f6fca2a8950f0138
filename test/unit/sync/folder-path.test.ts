import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAbsoluteFolderPath } from '../../../shared/sync/folder-path';
import { closeAfterEach } from '../../support/close-after-each';
import { openService, tempFolder } from '../../support/service';
import { emptyShare } from './support/share';

const track = closeAfterEach<ReturnType<typeof openService>>();

describe('a folder target needs the full path', () => {
  it('knows full paths of POSIX, Windows drives and UNC shares from relative ones, as path.isAbsolute does', () => {
    const full = ['/Volumes/Team/Callmark', '/', '//nas/team', 'C:\\Callmark', 'c:/Users/rita/OneDrive/QA', 'Z:\\', '\\\\server\\share\\Callmark', '\\\\?\\C:\\Callmark', '\\\\server/share'];
    const relative = ['share', './share', '../share', '~/Callmark', 'C:Callmark', '\\Callmark', '\\\\server', 'Callmark\\QA', '1:\\x'];
    expect(full.filter((p) => !isAbsoluteFolderPath(p))).toEqual([]);
    expect(relative.filter((p) => isAbsoluteFolderPath(p))).toEqual([]);
    // Agrees with Node on each platform's own forms (the only difference: \folder and C:folder depend on the current drive).
    for (const p of full) expect(p.startsWith('/') ? path.posix.isAbsolute(p) : path.win32.isAbsolute(p)).toBe(true);
    for (const p of relative.filter((x) => !['\\Callmark', '\\\\server'].includes(x))) expect(path.posix.isAbsolute(p) || path.win32.isAbsolute(p)).toBe(false);
  });

  it('refuses a relative folder in inspectFolder, add and update, saying to give the full path', async () => {
    const s = track(openService(tempFolder('callmark-folder-path-')));
    for (const [method, input] of [
      ['sync.targets.inspectFolder', { path: 'share' }],
      ['sync.targets.add', { name: 'Share', config: { kind: 'folder', path: './share' } }],
    ] as const) {
      expect(await s.refuse(method, input)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('give the folder’s full path') } });
    }
    const root = emptyShare();
    const target = await s.call('sync.targets.add', { name: 'Share', config: { kind: 'folder', path: root } });
    const relative = path.relative(process.cwd(), root);
    expect(path.isAbsolute(relative)).toBe(false);
    expect(await s.refuse('sync.targets.update', { targetId: target.id, config: { kind: 'folder', path: relative } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('give the folder’s full path') },
    });
    expect((await s.call('sync.targets.list', {}))[0]!.config).toEqual({ kind: 'folder', path: root });
  });
});
