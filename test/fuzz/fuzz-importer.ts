// Runs one importer over many damaged copies of its real file and checks each outcome: a result
// that passes the target's invariants (result-checks.ts) or a clear Chinese error naming the file,
// within a time bound, with no prototype pollution. Failures are counted, not stopped at, so a long
// run reports every kind of failure it met.
import fc from 'fast-check';

import { mutationArbitrary } from './mutations';
import type { FuzzTarget } from './targets';

/** Figures of one importer's run. Times in ms, heap in MB. `examples`: the first failures, with their mutations. */
export type FuzzFigures = {
  target: string;
  cases: number;
  /** Cases refused with the importer's clear, Chinese, file-naming error. */
  refused: number;
  /** Cases that returned a result (valid or not). */
  accepted: number;
  /** Errors that are not the importer's clear, Chinese, file-naming refusal. */
  crashes: number;
  /** Results returned that break an invariant. */
  invalid: number;
  /** Cases slower than CASE_TIME_BOUND_MS. */
  timeouts: number;
  polluted: number;
  slowestMs: number;
  peakHeapMb: number;
  examples: string[];
};

/** Per-case time bound (ms): generous, as CI machines are slow; a hang or blow-up exceeds it by far. */
export const CASE_TIME_BOUND_MS = 10_000;
const EXAMPLES_KEPT = 5;

/** Total failures in `figures`: crashes, invalid results, timeouts and pollutions. */
export function failuresOf(figures: FuzzFigures): number {
  return figures.crashes + figures.invalid + figures.timeouts + figures.polluted;
}

/**
 * Fuzzes `target` with `runs` cases (fast-check, reproducible from `seed`); every case runs.
 * Output: the figures, with the first failures described in `examples`. `beforeCase` hears each
 * case's mutations before it runs (a case that never ends is known by it).
 */
export async function fuzzImporter(
  target: FuzzTarget,
  runs: number,
  seed?: number,
  beforeCase?: (label: string, bytes: Uint8Array) => void,
): Promise<FuzzFigures> {
  const original = await target.original();
  const figures: FuzzFigures = {
    target: target.name,
    cases: 0,
    refused: 0,
    accepted: 0,
    crashes: 0,
    invalid: 0,
    timeouts: 0,
    polluted: 0,
    slowestMs: 0,
    peakHeapMb: 0,
    examples: [],
  };
  const fail = (kind: 'crashes' | 'invalid' | 'timeouts' | 'polluted', label: string, detail: string) => {
    figures[kind]++;
    if (figures.examples.length < EXAMPLES_KEPT) figures.examples.push(`${label}: ${detail}`);
  };
  await fc.assert(
    fc.asyncProperty(mutationArbitrary(target.kind), async (mutations) => {
      const bytes = mutations.reduce((current, mutation) => mutation.apply(current), original);
      const label = mutations.map((m) => m.label).join(' + ');
      beforeCase?.(label, bytes);
      const started = performance.now();
      try {
        const problems = await target.run(bytes);
        figures.accepted++;
        if (problems.length > 0) fail('invalid', label, `invalid result — ${problems.slice(0, 3).join('; ')}`);
      } catch (error) {
        if (target.isClearError(error)) figures.refused++;
        else
          fail(
            'crashes',
            label,
            `unclear error ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`,
          );
      }
      const elapsed = performance.now() - started;
      figures.cases++;
      figures.slowestMs = Math.max(figures.slowestMs, elapsed);
      figures.peakHeapMb = Math.max(figures.peakHeapMb, process.memoryUsage().heapUsed / 2 ** 20);
      if (elapsed > CASE_TIME_BOUND_MS) fail('timeouts', label, `took ${Math.round(elapsed)} ms`);
      if ((Object.prototype as Record<string, unknown>).polluted !== undefined) {
        delete (Object.prototype as Record<string, unknown>).polluted;
        fail('polluted', label, 'Object.prototype was polluted');
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return figures;
}
