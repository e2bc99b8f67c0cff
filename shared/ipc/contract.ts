// The one IPC contract between the renderer and Electron's main process: channel → request and
// response types. The preload exposes one named method per channel; main validates every request.

export type FileFilter = { name: string; extensions: string[] };

export type OpenedFile = { name: string; bytes: Uint8Array };

/**
 * A file the operating system handed to the app (a double-clicked .kaoping, "open with", a second
 * launch with a file): its bytes, or why main could not read it (too large, unreadable).
 */
export type IncomingFile = OpenedFile | { name: string; error: string };

export type IpcContract = {
  'file:open-document': { request: { filters: FileFilter[] }; response: OpenedFile | null };
  'file:save-export': { request: { suggestedName: string; bytes: Uint8Array }; response: { saved: boolean } };
  'file:take-incoming': { request: undefined; response: IncomingFile[] };
};

export type IpcChannel = keyof IpcContract;

/** The API the preload puts on `window.kaoping`: one method per channel, and one event. */
export type DesktopBridge = {
  openDocument(filters: FileFilter[]): Promise<OpenedFile | null>;
  saveExport(suggestedName: string, bytes: Uint8Array): Promise<{ saved: boolean }>;
  /** Files the OS handed over since the last call (each returned once). */
  takeIncomingFiles(): Promise<IncomingFile[]>;
  /** Calls `listener` when new incoming files wait to be taken; returns the unsubscribe function. */
  onIncomingFiles(listener: () => void): () => void;
};

export const IPC_CHANNELS = {
  openDocument: 'file:open-document',
  saveExport: 'file:save-export',
  takeIncomingFiles: 'file:take-incoming',
} as const satisfies Record<Exclude<keyof DesktopBridge, 'onIncomingFiles'>, IpcChannel>;

/** Messages main sends to the renderer (no payload: the renderer then asks for the data). */
export const IPC_EVENTS = {
  incomingFiles: 'file:incoming',
} as const;
