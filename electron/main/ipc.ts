// Registers the IPC contract in main. Every request is `unknown` until a schema accepts it; file
// paths only ever come from the native dialogs or the app's own data folder, never from the renderer.
import { basename } from 'node:path';

import { z } from 'zod';

import { type IncomingFile, IPC_CHANNELS, type IpcChannel, type IpcRequest, type IpcResponse } from '#shared/ipc/contract';
import { safeFileName } from '#shared/text/file-name';

import { BACKUP_ID, type BackupFolder } from './backup-folder';

/** The part of Electron's ipcMain we use (so tests pass a fake). */
export type IpcMainLike = {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => Promise<unknown>): void;
};

/** The part of Electron's dialog we use. */
export type DialogLike = {
  showOpenDialog(options: {
    properties: Array<'openFile'>;
    filters: Array<{ name: string; extensions: string[] }>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePath?: string }>;
};

export type FileSystemLike = {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  size(path: string): Promise<number>;
};

/** Largest file the app opens, in bytes (50 MB, as the importer's limit). */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

const openRequest = z.object({
  filters: z.array(z.object({ name: z.string().max(200), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(20) })).max(10),
});
const saveRequest = z.object({
  // Any wished name becomes one plain file name (a unit named 城关区/高新区 exports as 城关区_高新区).
  suggestedName: z
    .string()
    .min(1)
    .max(2000)
    .transform((name) => safeFileName(name)),
  bytes: z.instanceof(Uint8Array),
});

const keepBackupRequest = z.object({ bytes: z.instanceof(Uint8Array), reason: z.string().min(1).max(200) });
const readBackupRequest = z.object({ id: z.string().regex(BACKUP_ID) });

/** What the handlers work with, injected so tests run without Electron. */
export type IpcServices = {
  dialog: DialogLike;
  files: FileSystemLike;
  /** True for the sender frame URLs of the app's own renderer; requests from any other are refused. */
  isAppFrame: (url: string) => boolean;
  /** Hands over the files the OS gave the app (see incoming-files.ts). */
  takeIncoming: () => IncomingFile[];
  /** The backups in the app's data folder (see backup-folder.ts). */
  backups: BackupFolder;
};

/** Every channel's request schema, typed by the contract: a field renamed there fails the type check here. */
const REQUEST_SCHEMAS: { [K in IpcChannel]: z.ZodType<IpcRequest<K>> } = {
  [IPC_CHANNELS.openDocument]: openRequest,
  [IPC_CHANNELS.saveExport]: saveRequest,
  [IPC_CHANNELS.takeIncomingFiles]: z.undefined(),
  [IPC_CHANNELS.listBackups]: z.undefined(),
  [IPC_CHANNELS.keepBackup]: keepBackupRequest,
  [IPC_CHANNELS.readBackup]: readBackupRequest,
};

/** A channel's handler: the request as its schema accepted it, the answer the contract promises. */
type IpcHandler<K extends IpcChannel> = (request: IpcRequest<K>) => Promise<IpcResponse<K>>;

/**
 * Registers handlers for every channel of the contract. Throws, per request, an Error with a
 * Chinese message when the sender is not the app or the request does not match its schema.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, services: IpcServices): void {
  const handle = <K extends IpcChannel>(channel: K, handler: IpcHandler<K>): void => {
    ipcMain.handle(channel, async (event, raw) => {
      if (!event.senderFrame || !services.isAppFrame(event.senderFrame.url)) throw new Error('拒绝来自非本应用页面的请求');
      return handler(parse(REQUEST_SCHEMAS[channel], raw));
    });
  };
  const handlers = ipcHandlers(services);
  const register = <K extends IpcChannel>(channel: K): void => handle(channel, handlers[channel]);
  (Object.keys(handlers) as IpcChannel[]).forEach(register);
}

/** One handler per channel of the contract (a channel without one fails the type check). */
function ipcHandlers({ dialog, files, takeIncoming, backups }: IpcServices): { [K in IpcChannel]: IpcHandler<K> } {
  return {
    [IPC_CHANNELS.openDocument]: async ({ filters }) => {
      const choice = await dialog.showOpenDialog({ properties: ['openFile'], filters });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return null;
      if ((await files.size(path)) > MAX_OPEN_BYTES) throw new Error(`文件“${basename(path)}”过大，上限为 50 MB`);
      return { name: basename(path), bytes: await files.readFile(path) };
    },
    [IPC_CHANNELS.saveExport]: async ({ suggestedName, bytes }) => {
      const choice = await dialog.showSaveDialog({ defaultPath: suggestedName });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await files.writeFile(choice.filePath, bytes);
      return { saved: true };
    },
    [IPC_CHANNELS.takeIncomingFiles]: async () => takeIncoming(),
    [IPC_CHANNELS.listBackups]: async () => backups.list(),
    [IPC_CHANNELS.keepBackup]: async ({ bytes, reason }) => backups.keep(bytes, reason),
    [IPC_CHANNELS.readBackup]: async ({ id }) => backups.read(id),
  };
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new Error(`请求格式不正确：${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`);
  return result.data;
}
