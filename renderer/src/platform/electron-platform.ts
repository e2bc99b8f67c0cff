// The desktop edition: native dialogs and files handed over by the OS, through the preload bridge (window.kaoping).
import type { DesktopBridge } from '#shared/ipc/contract';
import { safeFileName } from '#shared/text/file-name';

import type { Platform } from './platform';

export function electronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    openFile: (filters) => bridge.openDocument(filters),
    saveFile: async (suggestedName, bytes) => (await bridge.saveExport(safeFileName(suggestedName), bytes)).saved,
    onIncomingFiles(handler) {
      const take = () =>
        void bridge.takeIncomingFiles().then((files) => {
          if (files.length > 0) handler(files);
        });
      const unsubscribe = bridge.onIncomingFiles(take);
      take(); // files handed over at launch, before anyone listened
      return unsubscribe;
    },
    backupFolder: {
      list: () => bridge.listBackups(),
      keep: (bytes, reason) => bridge.keepBackup(bytes, reason),
      read: (id) => bridge.readBackup(id),
    },
  };
}
