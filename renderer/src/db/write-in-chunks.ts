// Large writes in chunks: Chromium's IndexedDB takes ~5k rows/s on office laptops, so a big
// import or merge reports progress between chunks. Call inside the caller's transaction so the
// whole write still commits or fails as one.
import type { Table } from 'dexie';

/** Rows per bulk call: large enough to keep IndexedDB busy, small enough for steady progress. */
export const WRITE_CHUNK = 1000;

/**
 * Writes `rows` to `table` with bulkAdd ('add': an existing key fails the transaction) or bulkPut
 * ('put': replaces), `WRITE_CHUNK` at a time, calling `onProgress(written, total)` (rows) after
 * each chunk. Throws what Dexie throws (e.g. ConstraintError, QuotaExceededError).
 */
export async function writeInChunks<T>(table: Table<T>, rows: readonly T[], mode: 'add' | 'put', onProgress: (written: number, total: number) => void = () => {}): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = rows.slice(start, start + WRITE_CHUNK);
    await (mode === 'add' ? table.bulkAdd(chunk) : table.bulkPut(chunk));
    onProgress(start + chunk.length, rows.length);
  }
}
