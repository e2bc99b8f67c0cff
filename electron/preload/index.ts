// The sandboxed preload (built as CommonJS): one named method per IPC channel, one event, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS, type DesktopBridge } from '../../shared/ipc/contract';

const bridge = {
  openDocument: (filters) => ipcRenderer.invoke(IPC_CHANNELS.openDocument, { filters }),
  saveExport: (suggestedName, bytes) => ipcRenderer.invoke(IPC_CHANNELS.saveExport, { suggestedName, bytes }),
  takeIncomingFiles: () => ipcRenderer.invoke(IPC_CHANNELS.takeIncomingFiles),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  keepBackup: (bytes, reason) => ipcRenderer.invoke(IPC_CHANNELS.keepBackup, { bytes, reason }),
  readBackup: (id) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, { id }),
  onIncomingFiles: (listener) => {
    // The IPC event object (with its sender) never reaches the page.
    const relay = () => listener();
    ipcRenderer.on(IPC_EVENTS.incomingFiles, relay);
    return () => void ipcRenderer.removeListener(IPC_EVENTS.incomingFiles, relay);
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('kaoping', bridge);
