// The main window: hardened web preferences, the renderer loaded from the app's own files.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

import { lockNavigation, restrictPermissions, secureWebPreferences } from './security';
import type { WindowBounds } from './window-state';

export type WindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  preloadPath: string;
  /** app://kaoping/index.html (app-protocol.ts), or the dev server URL. */
  rendererUrl: string;
  /** Where the window opens (from `loadWindowBounds`); a default size when absent. */
  initialBounds?: Partial<WindowBounds> & { width: number; height: number };
  /** Called as the window closes with its normal (unmaximized) bounds, to be saved. */
  persistBounds?: (bounds: WindowBounds) => void;
};

/**
 * True for URLs of the app's own renderer: the same scheme and host (with port) as `rendererUrl`
 * — app://kaoping, or the dev server. Compared by scheme and host because Node gives a custom
 * scheme no origin. A file:// URL is never the app's.
 */
export function isAppUrl(rendererUrl: string, url: string): boolean {
  try {
    const app = new URL(rendererUrl);
    const target = new URL(url);
    return app.protocol !== 'file:' && target.protocol === app.protocol && target.host !== '' && target.host === app.host;
  } catch {
    return false;
  }
}

/** Creates and loads the main window. */
export async function createMainWindow(deps: WindowDeps): Promise<BrowserWindowType> {
  const window = new deps.BrowserWindow({
    width: 1440,
    height: 900,
    ...(deps.initialBounds && {
      x: deps.initialBounds.x,
      y: deps.initialBounds.y,
      width: deps.initialBounds.width,
      height: deps.initialBounds.height,
    }),
    minWidth: 1280,
    minHeight: 720,
    title: '考评 Kaoping',
    show: false,
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  restrictPermissions(window.webContents.session, (url) => isAppUrl(deps.rendererUrl, url));
  lockNavigation(window.webContents, (url) => isAppUrl(deps.rendererUrl, url));
  window.once('ready-to-show', () => {
    if (deps.initialBounds?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => deps.persistBounds?.({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
  await window.loadURL(deps.rendererUrl);
  return window;
}
