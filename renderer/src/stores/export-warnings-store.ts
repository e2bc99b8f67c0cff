// Warnings an export produced (a text shortened to Excel's cell limit…), waiting to be shown: the
// export services add them, the ExportWarnings notice in the app shell shows and clears them.
import { create } from 'zustand';

/** One finished export's warnings: the file as saved and what it says (zh-CN, naming sheet and cell). */
export type ExportWarning = { fileName: string; warnings: string[] };

type ExportWarningsState = {
  pending: ExportWarning[];
  /** Adds a file's warnings (nothing when there are none). */
  report(fileName: string, warnings: string[]): void;
  /** Takes every pending entry out, for showing once. */
  take(): ExportWarning[];
};

export const useExportWarnings = create<ExportWarningsState>()((set, get) => ({
  pending: [],
  report: (fileName, warnings) => {
    if (warnings.length > 0) set((state) => ({ pending: [...state.pending, { fileName, warnings }] }));
  },
  take: () => {
    const pending = get().pending;
    if (pending.length > 0) set({ pending: [] });
    return pending;
  },
}));
