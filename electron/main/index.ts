// Electron entry: single instance, the hardened window, IPC handlers over the real dialog and fs.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain } from 'electron';
import { registerIpcHandlers } from './ipc';
import { createMainWindow, isAppUrl } from './window';

const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    registerIpcHandlers(
      ipcMain,
      { showOpenDialog: (options) => dialog.showOpenDialog(options), showSaveDialog: (options) => dialog.showSaveDialog(options) },
      {
        readFile: async (path) => new Uint8Array(await readFile(path)),
        writeFile: (path, bytes) => writeFile(path, bytes),
        size: async (path) => (await stat(path)).size,
      },
      (url) => isAppUrl(rendererUrl, url),
    );
    await createMainWindow({ BrowserWindow, preloadPath: join(import.meta.dirname, '../preload/index.cjs'), rendererUrl });
  });
}
