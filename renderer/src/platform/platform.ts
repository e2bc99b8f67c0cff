// The renderer's one door to the machine: open a file, save a file. An Electron implementation
// (native dialogs over IPC) and a browser implementation (file input, download) fulfil it.
import type { FileFilter, OpenedFile } from '../../../shared/ipc/contract';

export type Platform = {
  kind: 'electron' | 'browser';
  /** Asks the user for one file; null when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Saves bytes under a suggested name; false when the user cancels. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
};
