import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, isAppUrl } from './window';

vi.mock('electron', () => ({}));

function fakeWindowClass() {
  const created: { options?: BrowserWindowConstructorOptions; listeners: Record<string, (...args: unknown[]) => void>; openHandler?: () => unknown; permission?: (...args: unknown[]) => void; loaded?: string } = { listeners: {} };
  class FakeWindow {
    webContents = {
      session: { setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (created.permission = handler) },
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
    await createMainWindow({ BrowserWindow: FakeWindow as never, preloadPath: '/app/preload/index.cjs', rendererUrl: 'file:///app/renderer/index.html' });
    expect(created.options?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/preload/index.cjs' });
    expect(created.loaded).toBe('file:///app/renderer/index.html');
  });

  it('blocks navigation elsewhere and every new window; grants only the camera', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    await createMainWindow({ BrowserWindow: FakeWindow as never, preloadPath: 'p', rendererUrl: 'file:///app/renderer/index.html' });
    const prevent = vi.fn();
    created.listeners['will-navigate']!({ preventDefault: prevent }, 'https://evil.example/');
    expect(prevent).toHaveBeenCalledOnce();
    expect(created.openHandler!()).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    created.permission!(null, 'geolocation', (granted: boolean) => answers.push(granted));
    created.permission!(null, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, true]);
  });
});

describe('window bounds', () => {
  it('opens where it was saved, maximizes if it was, and hands back its bounds on close', async () => {
    const { FakeWindow, created } = fakeWindowClass();
    const saved: unknown[] = [];
    const window = (await createMainWindow({
      BrowserWindow: FakeWindow as never,
      preloadPath: 'p',
      rendererUrl: 'file:///app/renderer/index.html',
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
    ['file:///app/renderer/index.html', true],
    ['file:///app/renderer/index.html#/x', true],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl('file:///app/renderer/index.html', url)).toBe(expected);
  });
});
