import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FILE_SUFFIX } from '../../../electron/shell/template-files';
import { tempFolder } from '../../support/service';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const buildDir = path.join(repoRoot, 'build');

/** electron-builder's own reading and schema check of a configuration file, which need no download. */
async function loadChecked(configFile: string): Promise<Configuration> {
  const config = await getConfig(repoRoot, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const pngSize = (file: string) => {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('packaging (electron-builder.yml), checked without downloading anything', () => {
  it('is a configuration electron-builder 26 accepts', async () => {
    await expect(loadChecked('electron-builder.yml')).resolves.toMatchObject({ appId: 'org.callmark.app', productName: 'Callmark' });
  });

  it('would refuse a misspelt or unknown setting, so the check above means something', async () => {
    const broken = path.join(tempFolder(), 'broken.yml');
    fs.writeFileSync(broken, fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8').replace('runAsNode: false', 'runAsNod: false'));
    await expect(loadChecked(broken)).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses: no Node mode, no NODE_OPTIONS, no inspector, encrypted cookies, only the checked app.asar', async () => {
    const config = await loadChecked('electron-builder.yml');
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb, an NSIS installer and a dmg, each with its icon', async () => {
    const config = await loadChecked('electron-builder.yml');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) expect(fs.existsSync(path.join(repoRoot, String(icon))), String(icon)).toBe(true);
  });

  it('opens template files with the app, the same suffix the app looks for', async () => {
    const config = await loadChecked('electron-builder.yml');
    const associations = [config.fileAssociations].flat();
    expect(associations).toHaveLength(1);
    expect(`.${associations[0]?.ext}`).toBe(TEMPLATE_FILE_SUFFIX);
    expect(config.nsis?.perMachine).toBe(true);
  });

  it('ships icons generated from build/icon.svg at every size the platforms ask for', () => {
    expect(pngSize(path.join(buildDir, 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(buildDir, 'icons', `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    // .ico: a directory of images; width 0 means 256.
    const ico = fs.readFileSync(path.join(buildDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const icoWidths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(icoWidths).toEqual([16, 24, 32, 48, 64, 128, 256]);
    // .icns: "icns", its length, then typed entries of PNG bytes.
    const icns = fs.readFileSync(path.join(buildDir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('ascii'));
      expect(icns.subarray(at + 9, at + 12).toString('ascii')).toBe('PNG');
    }
    expect(types).toEqual(['icp4', 'icp5', 'icp6', 'ic07', 'ic08', 'ic09', 'ic10']);
  });

  it('is what `npm run package` builds with', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.package).toBe('npm run build && electron-builder --config electron-builder.yml');
  });
});
