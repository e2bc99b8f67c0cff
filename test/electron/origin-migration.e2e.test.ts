// The origin migration in the real Electron app where the runtime exists (skipped elsewhere; the
// runtime cannot be downloaded on every machine): units and the language entered in an earlier
// Kaoping served from file:// are shown by the app at app://kaoping, in the same user data folder.
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { givenUnits, openScreen, until } from '../e2e/steps';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const built = existsSync('out/main/index.js') && existsSync('out/preload/index.cjs') && existsSync('out/renderer/blank.html');

/** The window showing `url` (the migration's hidden windows open first). */
async function windowAt(app: ElectronApplication, url: string): Promise<Page> {
  await until(
    `a window at ${url}`,
    async () => app.windows().some((window) => window.url() === url),
    (found) => found,
  );
  return app.windows().find((window) => window.url() === url)!;
}

describe.skipIf(!binary || !built)('origin migration in Electron (needs the Electron runtime and `npm run build:desktop`)', () => {
  it('shows at app://kaoping the units and the language stored under file:// by an earlier version', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'kaoping-electron-origin-'));
    const earlier = await electron.launch({
      executablePath: binary!,
      args: [join(import.meta.dirname, 'legacy-file-origin.mjs'), `--user-data-dir=${userData}`],
    });
    const old = await earlier.firstWindow();
    expect(old.url()).toMatch(/^file:\/\//);
    await old.getByText('政策文件').first().waitFor();
    await givenUnits(old, ['涧西区', '西工区']);
    await old.getByTestId('language-switch').getByText('English').click();
    await old.getByRole('menuitem', { name: 'Workbench', exact: true }).waitFor();
    await earlier.close();
    expect(existsSync(join(userData, 'IndexedDB', 'file__0.indexeddb.leveldb'))).toBe(true);

    const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${userData}`] });
    const window = await windowAt(app, 'app://kaoping/index.html');
    await window.getByRole('menuitem', { name: 'Workbench', exact: true }).waitFor();
    await openScreen(window, 'Evaluated units');
    const units = window.locator('.ant-list-item');
    await expect
      .poll(() => Promise.all([units.count(), units.filter({ hasText: '涧西区' }).count(), units.filter({ hasText: '西工区' }).count()]))
      .toEqual([2, 1, 1]);
    // The hidden windows are gone once the copy is done.
    expect(app.windows().map((page) => page.url())).toEqual(['app://kaoping/index.html']);
    await app.close();
  });
});
