// Chooses the platform at start-up: Electron when its preload bridge is present, else browser.
import type { DesktopBridge } from '#shared/ipc/contract';

import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';

declare global {
  interface Window {
    kaoping?: DesktopBridge;
  }
}

export const platform: Platform = window.kaoping ? electronPlatform(window.kaoping) : browserPlatform;
