// The package waiting in the merge dialog: read and counted, merged only when the user confirms.
// One at a time; whoever hands a package over can wait until the dialog is closed.
import { create } from 'zustand';

import type { OpenedPackage } from '../services/package-service';

type PackageMergeState = {
  /** The package shown in the merge dialog; null when none. */
  opened: OpenedPackage | null;
  /** Shows `opened` in the dialog (after any package already shown is closed); resolves when its dialog closes. */
  show(opened: OpenedPackage): Promise<void>;
  close(): void;
};

let closed: Array<() => void> = [];
let queue: Promise<void> = Promise.resolve();

export const usePackageMerge = create<PackageMergeState>()((set) => ({
  opened: null,
  show: (opened) => {
    const shown = queue.then(
      () =>
        new Promise<void>((resolve) => {
          closed.push(resolve);
          set({ opened });
        }),
    );
    queue = shown;
    return shown;
  },
  close: () => {
    set({ opened: null });
    const waiting = closed;
    closed = [];
    for (const resolve of waiting) resolve();
  },
}));
