// Electron entry: single instance, the hardened window served from app://, IPC handlers over the real dialog and fs.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell } from 'electron';

import { IPC_EVENTS } from '#shared/ipc/contract';

import { APP_PAGE_URL, registerAppScheme, serveAppFiles } from './app-protocol';
import { backupFolder } from './backup-folder';
import { createIncomingFiles, openablePaths } from './incoming-files';
import { type FileSystemLike, registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { nodeFolderFileSystem } from './node-folder-file-system';
import { migrateAtStart } from './origin-pages';
import { createMainWindow, isAppUrl } from './window';
import { loadWindowBounds, saveWindowBounds, type StateFiles } from './window-state';

const stateFiles: StateFiles = {
  read: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  write: (path, text) => writeFileSync(path, text, 'utf8'),
};

const files: FileSystemLike = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFile(path, bytes),
  size: async (path) => (await stat(path)).size,
};
const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
// Arguments after the executable, and after the app folder when run unpackaged (`electron .`).
const fileArgs = (argv: readonly string[]): string[] => argv.slice(app.isPackaged ? 1 : 2);
const incoming = createIncomingFiles(files, () => BrowserWindow.getAllWindows()[0]?.webContents.send(IPC_EVENTS.incomingFiles));

const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL;
// app:// must be privileged before the app is ready; its files are served once it is.
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
    void incoming.add(openablePaths(fileArgs(argv), workingDirectory, isFile));
  });
  // macOS hands files over by event, before or after launch.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void incoming.add(openablePaths([path], '/', isFile));
  });
  void incoming.add(openablePaths(fileArgs(process.argv), process.cwd(), isFile));
  // The migration's hidden windows close before the main window exists: that is no reason to quit.
  let migrating = false;
  app.on('window-all-closed', () => {
    if (!migrating) app.quit();
  });
  void app.whenReady().then(async () => {
    const rendererDir = join(import.meta.dirname, '../renderer');
    serveAppFiles(protocol, rendererDir, async (path) => new Uint8Array(await readFile(path)));
    // Data stored while the renderer was served from file:// comes along to app:// (before the main window opens).
    migrating = true;
    await migrateAtStart({
      BrowserWindow,
      userData: app.getPath('userData'),
      rendererDir,
      exists: existsSync,
      showError: (title, message) => dialog.showErrorBox(title, message),
    });
    registerIpcHandlers(ipcMain, {
      dialog: { showOpenDialog: (options) => dialog.showOpenDialog(options), showSaveDialog: (options) => dialog.showSaveDialog(options) },
      files,
      isAppFrame: (url) => isAppUrl(rendererUrl, url),
      takeIncoming: () => incoming.take(),
      backups: backupFolder(join(app.getPath('userData'), 'backups'), nodeFolderFileSystem),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            about: () =>
              void dialog.showMessageBox({
                title: '关于考评',
                message: `考评 Kaoping ${app.getVersion()}`,
                detail: '营商环境评价离线工作台：政策导入、现场评分、排名与整改台账。',
              }),
            openDataFolder: () => void shell.openPath(app.getPath('userData')),
          },
          { isMac: process.platform === 'darwin', devTools: !app.isPackaged },
        ),
      ),
    );
    const boundsPath = join(app.getPath('userData'), 'window-state.json');
    // The main window is made at once (before the first await inside), so no moment is left without one.
    const mainWindow = createMainWindow({
      BrowserWindow,
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      rendererUrl,
      initialBounds: loadWindowBounds(
        stateFiles,
        boundsPath,
        screen.getAllDisplays().map((display) => display.workArea),
      ),
      persistBounds: (bounds) => saveWindowBounds(stateFiles, boundsPath, bounds),
    });
    migrating = false;
    await mainWindow;
  });
}
