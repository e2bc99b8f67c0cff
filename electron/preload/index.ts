// The sandboxed preload (built as CommonJS): one named method per IPC channel, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type DesktopBridge } from '../../shared/ipc/contract';

const bridge = {
  openDocument: (filters) => ipcRenderer.invoke(IPC_CHANNELS.openDocument, { filters }),
  saveExport: (suggestedName, bytes) => ipcRenderer.invoke(IPC_CHANNELS.saveExport, { suggestedName, bytes }),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('kaoping', bridge);
