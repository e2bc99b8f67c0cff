// The one IPC contract between the renderer and Electron's main process: channel → request and
// response types. The preload exposes one named method per channel; main validates every request.

export type FileFilter = { name: string; extensions: string[] };

export type OpenedFile = { name: string; bytes: Uint8Array };

export type IpcContract = {
  'file:open-document': { request: { filters: FileFilter[] }; response: OpenedFile | null };
  'file:save-export': { request: { suggestedName: string; bytes: Uint8Array }; response: { saved: boolean } };
};

export type IpcChannel = keyof IpcContract;

/** The API the preload puts on `window.kaoping`: one method per channel. */
export type DesktopBridge = {
  openDocument(filters: FileFilter[]): Promise<OpenedFile | null>;
  saveExport(suggestedName: string, bytes: Uint8Array): Promise<{ saved: boolean }>;
};

export const IPC_CHANNELS = {
  openDocument: 'file:open-document',
  saveExport: 'file:save-export',
} as const satisfies Record<keyof DesktopBridge, IpcChannel>;
