// Runs in Chromium: the engine at 500 units × 300 indicators, timing single-cell updates.
import { rescoreCell, scoreRubric } from '#shared/scoring/score-rubric';

import { syntheticInputs, syntheticSystem } from '../synthetic-rubric';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of a cell change → updated column, totals and ranks; and of a full recompute. */
export function measure(): { cellUpdateMs: number; recomputeMs: number } {
  const system = syntheticSystem(300);
  const unitIds = Array.from({ length: 500 }, (_, index) => `单位${index + 1}`);
  const inputs = syntheticInputs(system, unitIds);
  const options = { tieRule: 'competition' as const, notApplicable: 'rescale' as const };
  const recompute: number[] = [];
  let scores = scoreRubric(system, unitIds, inputs, options);
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    scores = scoreRubric(system, unitIds, inputs, options);
    recompute.push(performance.now() - start);
  }
  const updates: number[] = [];
  for (let step = 0; step < 41; step++) {
    const start = performance.now();
    scores = rescoreCell(system, scores, `i${6 + 10 * (step % 30)}`, '单位7', step % 100);
    updates.push(performance.now() - start);
  }
  return { cellUpdateMs: median(updates.slice(1)), recomputeMs: median(recompute) };
}
