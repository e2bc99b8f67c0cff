// The renderer moved from file:// to app://kaoping, and Chromium keeps IndexedDB per origin: the
// data stored under file:// would look lost. Before the first window opens, the file:// origin's
// IndexedDB folders are copied to the app:// origin's names (Chromium's origin identifiers:
// scheme_host_port, file__0 and app_kaoping_0). The old folders are never changed or removed, and
// nothing is copied over data the app:// origin already has.
import { join } from 'node:path';

/** What the migration needs from the file system (node:fs in the app, a fake in tests). */
export type MigrationFileSystem = {
  exists: (path: string) => boolean;
  copyFolder: (from: string, to: string) => void;
};

/** The IndexedDB folders of an origin: the database and its blobs (evidence files). */
const FOLDERS = (origin: string): string[] => [`${origin}.indexeddb.leveldb`, `${origin}.indexeddb.blob`];
const LEGACY_ORIGIN = 'file__0';
const APP_ORIGIN = 'app_kaoping_0';

/**
 * Copies the file:// origin's IndexedDB to the app:// origin once. Input: Electron's userData
 * folder. Output: 'copied' (the folders named in `copied`, relative to IndexedDB/), 'none' (no
 * data under file://) or 'kept' (app:// already has data: nothing is overwritten). Throws what
 * the file system throws; a half-made copy is left under the new name only if the copy itself
 * failed midway, and the old data stays whole.
 */
export function migrateLegacyOrigin(userData: string, fs: MigrationFileSystem): { outcome: 'copied' | 'none' | 'kept'; copied: string[] } {
  const folder = join(userData, 'IndexedDB');
  const [legacyDatabase] = FOLDERS(LEGACY_ORIGIN);
  const [appDatabase] = FOLDERS(APP_ORIGIN);
  if (fs.exists(join(folder, appDatabase!))) return { outcome: 'kept', copied: [] };
  if (!fs.exists(join(folder, legacyDatabase!))) return { outcome: 'none', copied: [] };
  const copied: string[] = [];
  FOLDERS(LEGACY_ORIGIN).forEach((name, index) => {
    const from = join(folder, name);
    if (!fs.exists(from)) return;
    const to = FOLDERS(APP_ORIGIN)[index]!;
    fs.copyFolder(from, join(folder, to));
    copied.push(to);
  });
  return { outcome: 'copied', copied };
}
