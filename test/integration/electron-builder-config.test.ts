// The installer configuration, checked without packaging (the Electron runtime cannot be
// downloaded here): electron-builder's own schema accepts it, and the security and platform
// choices (fuses, targets, file association) are in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const load = () => getConfig(root, 'build/electron-builder.yml', null);
const validate = (config: Awaited<ReturnType<typeof load>>) =>
  validateConfiguration(config, { isEnabled: false } as Parameters<typeof validateConfiguration>[1]);
type Targets = Array<{ target: string; arch: string[] }>;

describe('electron-builder configuration (build/electron-builder.yml)', () => {
  it('matches electron-builder’s schema', async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('is rejected by the same check when an option is misspelt (the check bites)', async () => {
    const config = await load();
    await expect(validate({ ...config, linux: { ...config.linux, tagret: 'deb' } as never })).rejects.toThrow(/configuration\.linux/);
  });

  it('sets the fuses: no RunAsNode, no NODE_OPTIONS or --inspect, cookie encryption, ASAR integrity, no file:// privileges', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds Windows NSIS and portable (x64), Linux AppImage and deb (x64, arm64), with .kaoping associated', async () => {
    const config = await load();
    expect(config.win?.target as Targets).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.linux?.target as Targets).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
    expect([config.fileAssociations].flat().map((association) => association?.ext)).toEqual(['kaoping']);
  });

  it('points at a 512×512 PNG icon (the size electron-builder needs for every target)', async () => {
    const png = readFileSync(join(root, (await load()).icon!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
