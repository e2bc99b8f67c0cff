// The browser edition: a file input to open, a download to save.
import type { FileFilter } from '#shared/ipc/contract';
import { safeFileName } from '#shared/text/file-name';

import type { Platform } from './platform';

export const browserPlatform: Platform = {
  kind: 'browser',
  openFile(filters: FileFilter[]) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) {
          resolve(null);
          return;
        }
        void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }));
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    });
  },
  async saveFile(suggestedName: string, bytes: Uint8Array) {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = safeFileName(suggestedName);
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  },
  onIncomingFiles: () => () => undefined,
  backupFolder: null,
};
