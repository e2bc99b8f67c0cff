import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { APP_PAGE_URL } from './app-protocol';
import { createMainWindow, isAppUrl } from './window';

vi.mock('electron', () => ({}));

function fakeWindowClass() {
  const created: {
    options?: BrowserWindowConstructorOptions;
    listeners: Record<string, (...args: unknown[]) => void>;
    openHandler?: () => unknown;
    permission?: (...args: unknown[]) => void;
    check?: (...args: unknown[]) => boolean;
    loaded?: string;
  } = { listeners: {} };
  class FakeWindow {
    webContents = {
      session: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (created.permission = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (created.check = handler),
      },
      on: (event: string, listener: (...args: unknown[]) => void) => (created.listeners[event] = listener),
      setWindowOpenHandler: (handler: () => unknown) => (created.openHandler = handler),
    };
    constructor(options: BrowserWindowConstructorOptions) {
      created.options = options;
    }
    events: Record<string, () => void> = {};
    maximized = false;
    once(event: string, listener: () => void) {
      this.events[event] = listener;
    }
    on(event: string, listener: () => void) {
      this.events[event] = listener;
    }
    show() {}
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: created.options!.x ?? 0, y: created.options!.y ?? 0, width: created.options!.width!, height: created.options!.height! };
    }
    async loadURL(url: string) {
      created.loaded = url;
    }
  }
  return { FakeWindow, created };
}

describe('createMainWindow', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    await createMainWindow({ BrowserWindow: FakeWindow as never, preloadPath: '/app/preload/index.cjs', rendererUrl: APP_PAGE_URL });
    expect(created.options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/preload/index.cjs',
    });
    expect(created.loaded).toBe('app://kaoping/index.html');
  });

  it('blocks navigation elsewhere and every new window', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    await createMainWindow({ BrowserWindow: FakeWindow as never, preloadPath: 'p', rendererUrl: APP_PAGE_URL });
    const prevent = vi.fn();
    created.listeners['will-navigate']!({ preventDefault: prevent }, 'https://evil.example/');
    created.listeners['will-navigate']!({ preventDefault: prevent }, 'file:///app/renderer/index.html');
    expect(prevent).toHaveBeenCalledTimes(2);
    created.listeners['will-navigate']!({ preventDefault: prevent }, 'app://kaoping/index.html#/units');
    expect(prevent).toHaveBeenCalledTimes(2);
    expect(created.openHandler!()).toEqual({ action: 'deny' });
  });

  it('grants the camera only — video without audio — and only to the app:// page; refuses every other permission', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    await createMainWindow({ BrowserWindow: FakeWindow as never, preloadPath: 'p', rendererUrl: APP_PAGE_URL });
    const ask = (permission: string, details: object) => {
      let answer: boolean | undefined;
      created.permission!(null, permission, (granted: boolean) => (answer = granted), details);
      return answer;
    };
    const page = 'app://kaoping/index.html';
    expect(ask('media', { requestingUrl: page, mediaTypes: ['video'] })).toBe(true);
    expect(ask('media', { requestingUrl: page, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask('media', { requestingUrl: page, mediaTypes: ['audio'] })).toBe(false);
    expect(ask('media', { requestingUrl: page, mediaTypes: [] })).toBe(false);
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'file:///app/renderer/index.html', mediaTypes: ['video'] })).toBe(false);
    expect(ask('geolocation', { requestingUrl: page })).toBe(false);
    expect(ask('notifications', { requestingUrl: page })).toBe(false);
    // Permission checks (enumerateDevices, the Permissions API) answer the same way.
    expect(created.check!(null, 'media', 'app://kaoping', { requestingUrl: page, mediaType: 'video' })).toBe(true);
    expect(created.check!(null, 'media', 'app://kaoping', { requestingUrl: page, mediaType: 'audio' })).toBe(false);
    expect(created.check!(null, 'media', 'https://evil.example', { requestingUrl: 'https://evil.example/', mediaType: 'video' })).toBe(
      false,
    );
    expect(created.check!(null, 'clipboard-read', 'app://kaoping', { requestingUrl: page })).toBe(false);
  });
});

describe('window bounds', () => {
  it('opens where it was saved, maximizes if it was, and hands back its bounds on close', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    const saved: unknown[] = [];
    const window = (await createMainWindow({
      BrowserWindow: FakeWindow as never,
      preloadPath: 'p',
      rendererUrl: APP_PAGE_URL,
      initialBounds: { x: 40, y: 30, width: 1500, height: 950, maximized: true },
      persistBounds: (bounds) => saved.push(bounds),
    })) as unknown as InstanceType<typeof FakeWindow>;
    expect(created.options).toMatchObject({ x: 40, y: 30, width: 1500, height: 950, minWidth: 1280, minHeight: 720 });
    window.events['ready-to-show']!();
    expect(window.isMaximized()).toBe(true);
    window.events['close']!();
    expect(saved).toEqual([{ x: 40, y: 30, width: 1500, height: 950, maximized: true }]);
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://kaoping/index.html', true],
    ['app://kaoping/index.html#/x', true],
    ['app://kaoping/assets/pdf.worker.mjs', true],
    ['app://other/index.html', false],
    ['file:///app/renderer/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(APP_PAGE_URL, url)).toBe(expected);
  });

  it('takes the dev server as the app when it serves the renderer, by scheme, host and port', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/index.html')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5174/')).toBe(false);
  });
});
