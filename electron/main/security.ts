// Hardening in one place: web preferences, navigation and window-opening, permissions.
import type { Session, WebContents, WebPreferences } from 'electron';

/** What Electron tells a permission request handler about the request (media requests name their media types). */
export type PermissionRequestDetails = { requestingUrl?: string; mediaTypes?: Array<'video' | 'audio'> };
/** What Electron tells a permission check handler (a media check names one media type). */
export type PermissionCheckDetails = { requestingUrl?: string; mediaType?: 'video' | 'audio' | 'unknown' };

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

/**
 * The one permission the app may be given: the camera (evidence photos), video only — never the
 * microphone — and only for the app's own page. Input: the permission name, the requesting URL
 * and the media types asked for. Output: whether to grant.
 */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string | undefined,
  mediaTypes: readonly string[],
  isAppUrl: (url: string) => boolean,
): boolean {
  if (permission !== 'media' || !requestingUrl || !isAppUrl(requestingUrl)) return false;
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

/**
 * Denies every permission request and check except the camera (video only) from the app's own
 * page (`isAppUrl`), through both of Electron's handlers: requests (getUserMedia) and checks
 * (enumerateDevices, the Permissions API).
 */
export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  isAppUrl: (url: string) => boolean,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const { requestingUrl, mediaTypes = [] } = details as PermissionRequestDetails;
    callback(isAllowedPermission(permission, requestingUrl, mediaTypes, isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const { requestingUrl, mediaType } = details as PermissionCheckDetails;
    return isAllowedPermission(permission, requestingUrl ?? requestingOrigin, mediaType ? [mediaType] : [], isAppUrl);
  });
}

/** Blocks navigation away from the app and every new window. `appUrl` is the loaded page. */
export function lockNavigation(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
