// The renderer's one door to the machine: open a file, save a file, files the OS hands over. An Electron implementation
// (native dialogs over IPC) and a browser implementation (file input, download) fulfil it.
import type { BackupEntry, FileFilter, IncomingFile, OpenedFile } from '#shared/ipc/contract';

/** Where kept backups live: newest first; `keep` drops the oldest beyond 14; `read` throws for an unknown id. */
export type BackupShelf = {
  list(): Promise<BackupEntry[]>;
  keep(bytes: Uint8Array, reason: string): Promise<BackupEntry>;
  read(id: string): Promise<Uint8Array>;
};

export type Platform = {
  kind: 'electron' | 'browser';
  /** Asks the user for one file; null when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Saves bytes under a suggested name; false when the user cancels. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
  /**
   * Calls `handler` with files the operating system hands to the app (a double-clicked .kaoping,
   * a second launch with a file), including any handed over before the call. Returns the
   * unsubscribe function. The browser edition receives none this way (files arrive by drop).
   */
  onIncomingFiles(handler: (files: IncomingFile[]) => void): () => void;
  /** The backup folder in the app's data folder (desktop); null in the browser, which keeps them in IndexedDB. */
  backupFolder: BackupShelf | null;
};
