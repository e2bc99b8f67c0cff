// Hardening in one place: web preferences, navigation and window-opening, permissions.
import type { Session, WebContents, WebPreferences } from 'electron';

/** Renderer isolation: no Node in the page, sandboxed preload, web security on. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Only the camera (evidence photos) may be granted; everything else is refused. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['media']);

/** Denies permission requests except the allowed ones. */
export function restrictPermissions(session: Pick<Session, 'setPermissionRequestHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
}

/** Blocks navigation away from the app and every new window. `appUrl` is the loaded page. */
export function lockNavigation(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
