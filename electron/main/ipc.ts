// Registers the IPC contract in main. Every request is `unknown` until a schema accepts it; file
// paths only ever come from the native dialogs or the app's own data folder, never from the renderer.
import { basename } from 'node:path';
import { z } from 'zod';
import { IPC_CHANNELS, type IncomingFile, type IpcContract, type OpenedFile } from '../../shared/ipc/contract';
import { BACKUP_ID, type BackupFolder } from './backup-folder';
import { safeFileName } from '../../shared/text/file-name';

/** The part of Electron's ipcMain we use (so tests pass a fake). */
export type IpcMainLike = {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => Promise<unknown>): void;
};

/** The part of Electron's dialog we use. */
export type DialogLike = {
  showOpenDialog(options: { properties: Array<'openFile'>; filters: Array<{ name: string; extensions: string[] }> }): Promise<{ canceled: boolean; filePaths: string[] }>;
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
  suggestedName: z.string().min(1).max(2000).transform((name) => safeFileName(name)),
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

/**
 * Registers handlers for every channel of the contract. Throws, per request, an Error with a
 * Chinese message when the sender is not the app or the request does not match its schema.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, { dialog, files, isAppFrame, takeIncoming, backups }: IpcServices): void {
  const guard = (event: { senderFrame?: { url: string } | null }): void => {
    if (!event.senderFrame || !isAppFrame(event.senderFrame.url)) throw new Error('拒绝来自非本应用页面的请求');
  };
  ipcMain.handle(IPC_CHANNELS.openDocument, async (event, raw): Promise<IpcContract['file:open-document']['response']> => {
    guard(event);
    const request = parse(openRequest, raw);
    const choice = await dialog.showOpenDialog({ properties: ['openFile'], filters: request.filters });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    if ((await files.size(path)) > MAX_OPEN_BYTES) throw new Error(`文件“${basename(path)}”过大，上限为 50 MB`);
    const opened: OpenedFile = { name: basename(path), bytes: await files.readFile(path) };
    return opened;
  });
  ipcMain.handle(IPC_CHANNELS.saveExport, async (event, raw): Promise<IpcContract['file:save-export']['response']> => {
    guard(event);
    const request = parse(saveRequest, raw);
    const choice = await dialog.showSaveDialog({ defaultPath: request.suggestedName });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await files.writeFile(choice.filePath, request.bytes);
    return { saved: true };
  });
  ipcMain.handle(IPC_CHANNELS.takeIncomingFiles, async (event, raw): Promise<IpcContract['file:take-incoming']['response']> => {
    guard(event);
    parse(z.undefined(), raw);
    return takeIncoming();
  });
  ipcMain.handle(IPC_CHANNELS.listBackups, async (event, raw): Promise<IpcContract['backup:list']['response']> => {
    guard(event);
    parse(z.undefined(), raw);
    return backups.list();
  });
  ipcMain.handle(IPC_CHANNELS.keepBackup, async (event, raw): Promise<IpcContract['backup:keep']['response']> => {
    guard(event);
    const request = parse(keepBackupRequest, raw);
    return backups.keep(request.bytes, request.reason);
  });
  ipcMain.handle(IPC_CHANNELS.readBackup, async (event, raw): Promise<IpcContract['backup:read']['response']> => {
    guard(event);
    return backups.read(parse(readBackupRequest, raw).id);
  });
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`请求格式不正确：${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`);
  return result.data;
}
