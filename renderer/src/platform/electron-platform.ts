// The desktop edition: native dialogs through the preload bridge (window.kaoping).
import type { DesktopBridge } from '../../../shared/ipc/contract';
import type { Platform } from './platform';

export function electronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    openFile: (filters) => bridge.openDocument(filters),
    saveFile: async (suggestedName, bytes) => (await bridge.saveExport(suggestedName, bytes)).saved,
  };
}
