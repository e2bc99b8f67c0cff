// Runs in Chromium: reads packages and merges them in one run through the merge dialog's own
// service functions (readPackageFile, then mergeOpenedPackages: one backup, a transaction per package).
import { mergeOpenedPackages, type OpenedPackage, readPackageFile } from '../../renderer/src/services/package-service';

export type MergeRun = {
  readMs: number;
  mergeMs: number;
  /** Progress reports per package, in order. */
  progressCalls: number[];
  added: number;
  refused: number;
  conflicts: number;
};

/** Fetches each package by URL, reads them all, then merges them in one run; times in ms. */
export async function mergeAll(urls: string[]): Promise<MergeRun> {
  const start = performance.now();
  const opened: OpenedPackage[] = [];
  for (const url of urls) {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    opened.push(await readPackageFile({ name: decodeURIComponent(url.split('/').pop()!), bytes }));
  }
  const read = performance.now();
  const progressCalls = urls.map(() => 0);
  const summaries = await mergeOpenedPackages(opened, (index) => (progressCalls[index]! += 1));
  const sum = (pick: (summary: (typeof summaries)[number]) => number) => summaries.reduce((total, summary) => total + pick(summary), 0);
  return {
    readMs: read - start,
    mergeMs: performance.now() - read,
    progressCalls,
    added: sum((summary) => summary.added),
    refused: sum((summary) => summary.refused),
    conflicts: sum((summary) => summary.conflicts),
  };
}
