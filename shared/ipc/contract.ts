// The one IPC contract between the renderer and Electron's main process: channel → request and
// response types. The preload exposes one named method per channel; main validates every request.

export type FileFilter = { name: string; extensions: string[] };

export type OpenedFile = { name: string; bytes: Uint8Array };

/**
 * A file the operating system handed to the app (a double-clicked .kaoping, "open with", a second
 * launch with a file): its bytes, or why main could not read it (too large, unreadable).
 */
export type IncomingFile = OpenedFile | { name: string; error: string };

/** A kept backup in the app's data folder (desktop edition). Times are ISO 8601 UTC; size in bytes. */
export type BackupEntry = { id: string; createdAt: string; reason: string; size: number };

export type IpcContract = {
  'file:open-document': { request: { filters: FileFilter[] }; response: OpenedFile | null };
  'file:save-export': { request: { suggestedName: string; bytes: Uint8Array }; response: { saved: boolean } };
  'file:take-incoming': { request: undefined; response: IncomingFile[] };
  'backup:list': { request: undefined; response: BackupEntry[] };
  'backup:keep': { request: { bytes: Uint8Array; reason: string }; response: BackupEntry };
  'backup:read': { request: { id: string }; response: Uint8Array };
};

export type IpcChannel = keyof IpcContract;

/** What the renderer sends on a channel (main validates it against a schema typed by this). */
export type IpcRequest<K extends IpcChannel> = IpcContract[K]['request'];

/** What main answers on a channel. */
export type IpcResponse<K extends IpcChannel> = IpcContract[K]['response'];

/** The arguments after the channel: none for a channel whose request is `undefined`, else the request. */
export type IpcRequestArgs<K extends IpcChannel> = IpcRequest<K> extends undefined ? [] : [request: IpcRequest<K>];

/** The API the preload puts on `window.kaoping`: one method per channel, and one event. */
export type DesktopBridge = {
  openDocument(filters: FileFilter[]): Promise<OpenedFile | null>;
  saveExport(suggestedName: string, bytes: Uint8Array): Promise<{ saved: boolean }>;
  /** Files the OS handed over since the last call (each returned once). */
  takeIncomingFiles(): Promise<IncomingFile[]>;
  /** Calls `listener` when new incoming files wait to be taken; returns the unsubscribe function. */
  onIncomingFiles(listener: () => void): () => void;
  listBackups(): Promise<BackupEntry[]>;
  keepBackup(bytes: Uint8Array, reason: string): Promise<BackupEntry>;
  readBackup(id: string): Promise<Uint8Array>;
};

export const IPC_CHANNELS = {
  openDocument: 'file:open-document',
  saveExport: 'file:save-export',
  takeIncomingFiles: 'file:take-incoming',
  listBackups: 'backup:list',
  keepBackup: 'backup:keep',
  readBackup: 'backup:read',
} as const satisfies Record<Exclude<keyof DesktopBridge, 'onIncomingFiles'>, IpcChannel>;

/** Messages main sends to the renderer (no payload: the renderer then asks for the data). */
export const IPC_EVENTS = {
  incomingFiles: 'file:incoming',
} as const;
