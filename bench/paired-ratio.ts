// A ratio of two timings that holds still between runs: the two sides run interleaved in pairs
// (order alternating, so drift and garbage collection fall on both), a warm-up pair is discarded,
// and the figure is the median of the per-pair ratios, with their spread.

export type PairedRatio = { ratio: number; min: number; max: number; pairs: number; oursMs: number; plainMs: number };

async function timeMs(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Times `ours` against `plain` in `pairs` interleaved pairs after one warm-up pair. Output: the
 * median of ours ÷ plain per pair (two decimals), the smallest and largest pair ratio, and the
 * median milliseconds of each side. Throws when `pairs` < 1.
 */
export async function pairedRatio(ours: () => Promise<unknown>, plain: () => Promise<unknown>, pairs = 5): Promise<PairedRatio> {
  if (pairs < 1) throw new Error('pairedRatio needs at least one pair');
  await ours();
  await plain();
  const ratios: number[] = [];
  const oursTimes: number[] = [];
  const plainTimes: number[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const oursFirst = pair % 2 === 0;
    const first = await timeMs(oursFirst ? ours : plain);
    const second = await timeMs(oursFirst ? plain : ours);
    const [oursMs, plainMs] = oursFirst ? [first, second] : [second, first];
    ratios.push(oursMs / plainMs);
    oursTimes.push(oursMs);
    plainTimes.push(plainMs);
  }
  return {
    ratio: round2(median(ratios)),
    min: round2(Math.min(...ratios)),
    max: round2(Math.max(...ratios)),
    pairs,
    oursMs: Math.round(median(oursTimes)),
    plainMs: Math.round(median(plainTimes)),
  };
}
