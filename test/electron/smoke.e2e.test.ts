// Launches the real Electron app with Playwright's _electron where the runtime binary exists;
// reports itself skipped elsewhere (the runtime cannot be downloaded on every machine).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

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
const built = existsSync('out/main/index.js') && existsSync('out/preload/index.cjs');

describe.skipIf(!binary || !built)('Electron app (needs the Electron runtime and `npm run build:desktop`)', () => {
  it('opens the hardened window from app:// with the preload bridge and no Node in the page', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'] });
    const window = await app.firstWindow();
    await window.getByText('政策文件').first().waitFor();
    expect(window.url()).toBe('app://kaoping/index.html');
    // The page reads nothing of the disk: file:// and paths out of the app folder are refused.
    expect(await window.evaluate(() => fetch('app://kaoping/..%2f..%2fpackage.json').then((response) => response.status))).toBe(403);
    expect(await window.evaluate(() => typeof (window as unknown as { kaoping?: unknown }).kaoping)).toBe('object');
    expect(await window.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
