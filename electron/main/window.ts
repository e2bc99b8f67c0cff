// The main window: hardened web preferences, the renderer loaded from the app's own files.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { lockNavigation, restrictPermissions, secureWebPreferences } from './security';
import type { WindowBounds } from './window-state';

export type WindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
  preloadPath: string;
  /** file:// URL of renderer/index.html, or the dev server URL. */
  rendererUrl: string;
  /** Where the window opens (from `loadWindowBounds`); a default size when absent. */
  initialBounds?: Partial<WindowBounds> & { width: number; height: number };
  /** Called as the window closes with its normal (unmaximized) bounds, to be saved. */
  persistBounds?: (bounds: WindowBounds) => void;
};

/** True for URLs of the app's own renderer (same origin and path prefix as `rendererUrl`). */
export function isAppUrl(rendererUrl: string, url: string): boolean {
  try {
    const app = new URL(rendererUrl);
    const target = new URL(url);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/** Creates and loads the main window. */
export async function createMainWindow(deps: WindowDeps): Promise<BrowserWindowType> {
  const window = new deps.BrowserWindow({
    width: 1440,
    height: 900,
    ...(deps.initialBounds && { x: deps.initialBounds.x, y: deps.initialBounds.y, width: deps.initialBounds.width, height: deps.initialBounds.height }),
    minWidth: 1280,
    minHeight: 720,
    title: '考评 Kaoping',
    show: false,
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  restrictPermissions(window.webContents.session);
  lockNavigation(window.webContents, (url) => isAppUrl(deps.rendererUrl, url));
  window.once('ready-to-show', () => {
    if (deps.initialBounds?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => deps.persistBounds?.({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
  await window.loadURL(deps.rendererUrl);
  return window;
}
