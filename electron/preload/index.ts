// The sandboxed preload (built as CommonJS): one named method per IPC channel, one event, nothing else.
import { contextBridge, ipcRenderer } from 'electron';

import { type DesktopBridge, IPC_CHANNELS, IPC_EVENTS, type IpcChannel, type IpcRequestArgs, type IpcResponse } from '#shared/ipc/contract';

/** Sends a request on a channel of the contract; the request and the answer are typed by the contract. */
function invoke<K extends IpcChannel>(channel: K, ...request: IpcRequestArgs<K>): Promise<IpcResponse<K>> {
  return ipcRenderer.invoke(channel, ...request);
}

const bridge = {
  openDocument: (filters) => invoke(IPC_CHANNELS.openDocument, { filters }),
  saveExport: (suggestedName, bytes) => invoke(IPC_CHANNELS.saveExport, { suggestedName, bytes }),
  takeIncomingFiles: () => invoke(IPC_CHANNELS.takeIncomingFiles),
  listBackups: () => invoke(IPC_CHANNELS.listBackups),
  keepBackup: (bytes, reason) => invoke(IPC_CHANNELS.keepBackup, { bytes, reason }),
  readBackup: (id) => invoke(IPC_CHANNELS.readBackup, { id }),
  onIncomingFiles: (listener) => {
    // The IPC event object (with its sender) never reaches the page.
    const relay = () => listener();
    ipcRenderer.on(IPC_EVENTS.incomingFiles, relay);
    return () => void ipcRenderer.removeListener(IPC_EVENTS.incomingFiles, relay);
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('kaoping', bridge);
