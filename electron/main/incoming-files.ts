// Files the operating system hands to Kaoping: a double-clicked .kaoping (file association), "open
// with" on a policy document, or a second launch with a file while Kaoping runs. Main reads them
// (the renderer never names a path) and keeps them until the renderer takes them.
import { basename, extname, resolve } from 'node:path';

import type { IncomingFile } from '#shared/ipc/contract';

import { type FileSystemLike, MAX_OPEN_BYTES } from './ipc';

/** What Kaoping opens when handed a file: packages and backups, and the policy formats it imports. */
export const OPENABLE_EXTENSIONS = new Set(['.kaoping', '.docx', '.xlsx', '.xls', '.et', '.csv', '.txt', '.pdf']);

/**
 * The files among command-line arguments: relative paths resolved against `workingDirectory`,
 * switches (`--…`) and other extensions skipped, and only paths `isFile` confirms kept.
 * Input: the arguments after the executable (and after the app path when not packaged).
 */
export function openablePaths(args: readonly string[], workingDirectory: string, isFile: (path: string) => boolean): string[] {
  return args
    .filter((arg) => !arg.startsWith('-') && OPENABLE_EXTENSIONS.has(extname(arg).toLowerCase()))
    .map((arg) => resolve(workingDirectory, arg))
    .filter((path) => isFile(path));
}

export type IncomingFiles = {
  /** Reads the files (up to 50 MB each; larger or unreadable ones become an error entry) and notifies. */
  add(paths: readonly string[]): Promise<void>;
  /** Hands over everything waiting, once. */
  take(): IncomingFile[];
};

/** The waiting room between the OS and the renderer. `notify` tells the renderer to come and take them. */
export function createIncomingFiles(files: Pick<FileSystemLike, 'readFile' | 'size'>, notify: () => void): IncomingFiles {
  let waiting: IncomingFile[] = [];
  return {
    async add(paths) {
      if (paths.length === 0) return;
      for (const path of paths) {
        const name = basename(path);
        try {
          if ((await files.size(path)) > MAX_OPEN_BYTES) waiting.push({ name, error: `文件“${name}”过大，上限为 50 MB` });
          else waiting.push({ name, bytes: await files.readFile(path) });
        } catch (error) {
          waiting.push({ name, error: `无法读取文件“${name}”：${error instanceof Error ? error.message : String(error)}` });
        }
      }
      notify();
    },
    take() {
      const taken = waiting;
      waiting = [];
      return taken;
    },
  };
}
