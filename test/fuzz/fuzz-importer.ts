// Runs one importer over many damaged copies of its real file and checks each outcome: a valid
// result or a clear error, within a time bound, with no prototype pollution.
import fc from 'fast-check';
import { mutationArbitrary } from './mutations';
import type { FuzzTarget } from './targets';

export type FuzzFigures = { target: string; cases: number; refused: number; accepted: number; slowestMs: number; peakHeapMb: number };

/** Per-case time bound (ms): generous, as CI machines are slow; a hang or blow-up exceeds it by far. */
export const CASE_TIME_BOUND_MS = 10_000;

/**
 * Fuzzes `target` with `runs` cases (fast-check, reproducible from `seed`). Throws (with the
 * counterexample) on an unclear error, a case over CASE_TIME_BOUND_MS or a polluted prototype.
 * `beforeCase` hears each case's mutations before it runs (a case that never ends is known by it).
 */
export async function fuzzImporter(target: FuzzTarget, runs: number, seed?: number, beforeCase?: (label: string, bytes: Uint8Array) => void): Promise<FuzzFigures> {
  const original = await target.original();
  const figures: FuzzFigures = { target: target.name, cases: 0, refused: 0, accepted: 0, slowestMs: 0, peakHeapMb: 0 };
  await fc.assert(
    fc.asyncProperty(mutationArbitrary(target.isZip), async (mutations) => {
      const bytes = mutations.reduce((current, mutation) => mutation.apply(current), original);
      beforeCase?.(mutations.map((m) => m.label).join(' + '), bytes);
      const started = performance.now();
      try {
        await target.run(bytes);
        figures.accepted++;
      } catch (error) {
        if (!target.isClearError(error)) throw new Error(`${mutations.map((m) => m.label).join(' + ')}: unclear error ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        figures.refused++;
      }
      const elapsed = performance.now() - started;
      figures.cases++;
      figures.slowestMs = Math.max(figures.slowestMs, elapsed);
      figures.peakHeapMb = Math.max(figures.peakHeapMb, process.memoryUsage().heapUsed / 2 ** 20);
      if (elapsed > CASE_TIME_BOUND_MS) throw new Error(`${mutations.map((m) => m.label).join(' + ')}: took ${Math.round(elapsed)} ms`);
      if ((Object.prototype as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted');
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return figures;
}
