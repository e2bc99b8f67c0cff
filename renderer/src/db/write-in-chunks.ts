// Large writes in chunks: Chromium's IndexedDB takes ~5k rows/s on office laptops, so a big
// import or merge reports progress between chunks. Call inside the caller's transaction so the
// whole write still commits or fails as one.
import Dexie, { type Table } from 'dexie';

/** Rows per bulk call: large enough to keep IndexedDB busy, small enough for steady progress. */
export const WRITE_CHUNK = 1000;

/**
 * Writes `rows` to `table` with bulkAdd ('add': an existing key fails the transaction) or bulkPut
 * ('put': replaces), `WRITE_CHUNK` at a time, calling `onProgress(written, total)` (rows) after
 * each chunk and then yielding to the event loop (the window repaints its progress and takes
 * input) while the transaction is kept alive (Dexie.waitFor). Throws what Dexie throws (e.g.
 * ConstraintError, QuotaExceededError).
 */
export async function writeInChunks<T>(
  table: Table<T>,
  rows: readonly T[],
  mode: 'add' | 'put',
  onProgress: (written: number, total: number) => void = () => {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = rows.slice(start, start + WRITE_CHUNK);
    await (mode === 'add' ? table.bulkAdd(chunk) : table.bulkPut(chunk));
    onProgress(start + chunk.length, rows.length);
    await yieldToWindow();
  }
}

/** Lets the window paint and handle input between batches, keeping any transaction under way alive. */
export function yieldToWindow(): Promise<void> {
  return Dexie.waitFor(new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
