// The backup folder's file operations on the real disk (node:fs/promises).
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';

import type { FolderFileSystem } from './backup-folder';

export const nodeFolderFileSystem: FolderFileSystem = {
  mkdir: (path) => mkdir(path, { recursive: true }),
  readdir: (path) => readdir(path),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFile(path, bytes),
  rename: (from, to) => rename(from, to),
  rm: (path) => rm(path, { force: true }),
};
