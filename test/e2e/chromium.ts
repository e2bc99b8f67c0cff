// Debian Chromium driven by playwright-core, with the flags this machine needs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** A new temporary folder for a Chromium profile. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'kaoping-e2e-'));
}

/** Chromium's stand-in camera (a moving test picture) and its permission prompt answered yes. */
const FAKE_CAMERA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/**
 * Launches a persistent Chromium profile (real IndexedDB on disk), in a new folder unless given
 * one; `fakeCamera` gives the page Chromium's test camera.
 */
export async function launchProfile(profileDir = newProfileDir(), options: { fakeCamera?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    args: options.fakeCamera ? [...ARGS, ...FAKE_CAMERA] : ARGS,
  });
}

export type KillableBrowser = {
  context: BrowserContext;
  /** SIGKILLs Chromium and all its child processes at once, as a power cut or a crash would. */
  kill(): void;
  exited: Promise<unknown>;
};

/**
 * Starts Chromium as our own child process (so a test can kill it) and attaches over CDP.
 * `profileDir` is reused by `launchProfile` afterwards to find what survived.
 */
export async function launchKillable(profileDir: string): Promise<KillableBrowser> {
  const portFile = join(profileDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(
    CHROMIUM_PATH,
    [...ARGS, `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', '--window-size=1440,900', 'about:blank'],
    { detached: true, stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let waited = 0; !existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n'); waited += 50) {
    if (waited > 20_000) throw new Error('Chromium did not open its DevTools port');
    await sleep(50);
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { context: browser.contexts()[0]!, kill: () => process.kill(-child.pid!, 'SIGKILL'), exited };
}
