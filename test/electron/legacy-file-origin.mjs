// An earlier Kaoping for the Electron runtime test: the same built renderer, loaded from file:// as
// before app:// existed (no preload: the renderer then runs as the browser edition), so that what
// is entered is stored in the file:// origin's IndexedDB and localStorage of the given user data folder.
import { join } from 'node:path';

import { app, BrowserWindow } from 'electron';

const root = join(import.meta.dirname, '../..');
app.on('window-all-closed', () => app.quit());
void app.whenReady().then(() => {
  const window = new BrowserWindow({ width: 1440, height: 900, webPreferences: { contextIsolation: true, sandbox: true } });
  void window.loadFile(join(root, 'out/renderer/index.html'));
});
