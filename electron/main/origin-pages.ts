// The origin migration as the app runs it at start: a hidden, sandboxed window loads a blank page
// in the legacy file:// origin and another in app://kaoping, the database is copied between them
// (origin-migration.ts), and a failure is shown to the user while the app still opens.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { BrowserWindowConstructorOptions, WebContents } from 'electron';

import { APP_ORIGIN } from './app-protocol';
import { migrateLegacyOrigin, type MigrationOutcome, type OriginPage } from './origin-migration';
import { lockNavigation } from './security';

/** The blank page (renderer/public/blank.html) both hidden windows load: no script, no storage of its own. */
export const BLANK_PAGE = 'blank.html';

/** The part of a BrowserWindow a hidden page uses (tests pass a fake). */
export type HiddenWindow = {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  webContents: Pick<WebContents, 'on' | 'setWindowOpenHandler'> & { executeJavaScript(code: string): Promise<unknown> };
};

export type HiddenWindowConstructor = new (options: BrowserWindowConstructorOptions) => HiddenWindow;

/**
 * The script that runs `fn(arg)` in a page: `fn`'s own source text called with `arg` as JSON, its
 * result or its error message wrapped as a plain value, so the message crosses back intact
 * whatever Electron makes of a rejected script.
 */
export function pageScript(fn: (arg: never) => Promise<unknown>, arg: unknown): string {
  const call = `(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`;
  return `(async () => { try { return { ok: true, value: await ${call} }; } catch (error) { return { ok: false, message: String(error && error.message || error) }; } })()`;
}

/**
 * Opens `url` in a hidden window (no preload, context isolation, no Node, sandboxed, no navigation
 * or new window) and gives it as an OriginPage. Throws what loading throws (the window is then
 * destroyed).
 */
export async function openOriginPage(BrowserWindow: HiddenWindowConstructor, url: string): Promise<OriginPage> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // A blank page with nothing to click; still, it may go nowhere and open nothing.
  lockNavigation(window.webContents, () => false);
  try {
    await window.loadURL(url);
  } catch (error) {
    window.destroy();
    throw error;
  }
  return {
    evaluate: async <A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
      const outcome = (await window.webContents.executeJavaScript(pageScript(fn, arg))) as
        { ok: true; value: R } | { ok: false; message: string };
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.value;
    },
    close: async () => window.destroy(),
  };
}

export type StartMigrationDeps = {
  BrowserWindow: HiddenWindowConstructor;
  /** Electron's userData folder. */
  userData: string;
  /** The renderer folder (holds blank.html), served as app://kaoping/. */
  rendererDir: string;
  exists: (path: string) => boolean;
  /** Shows a failure to the user (dialog.showErrorBox in the app). */
  showError: (title: string, message: string) => void;
};

/**
 * Runs the origin migration before the main window opens. Cheap when there is nothing to move:
 * no window is made unless the legacy origin's IndexedDB folder (IndexedDB/file__0.indexeddb.leveldb,
 * Chromium's name for the file:// origin) exists under userData. Output: the outcome, or null when
 * it failed — the failure (Chinese, naming what failed) is then shown with `showError`, and the
 * app opens all the same. Never throws.
 */
export async function migrateAtStart(deps: StartMigrationDeps): Promise<MigrationOutcome | null> {
  if (!deps.exists(join(deps.userData, 'IndexedDB', 'file__0.indexeddb.leveldb'))) return { outcome: 'none', counts: {} };
  const opened: OriginPage[] = [];
  try {
    const legacy = await openOriginPage(deps.BrowserWindow, pathToFileURL(join(deps.rendererDir, BLANK_PAGE)).href);
    opened.push(legacy);
    const app = await openOriginPage(deps.BrowserWindow, `${APP_ORIGIN}/${BLANK_PAGE}`);
    opened.push(app);
    return await migrateLegacyOrigin({ legacy, app });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.showError(
      '旧版本数据迁移失败',
      message.startsWith('旧版本数据迁移失败') ? message : `旧版本数据迁移失败（打开迁移页面）：${message}；原数据未改动，下次启动将重试。`,
    );
    return null;
  } finally {
    await Promise.all(opened.map((page) => page.close()));
  }
}
