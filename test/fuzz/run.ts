// `npm run fuzz [cases] [target-substring] [seed]`: fuzzes every importer (10,000 cases each by default)
// and prints figures per importer: cases, clear refusals, accepted results, and the failures —
// crashes (unclear errors), invalid results, timeouts — with the first examples of each.
import { writeFileSync } from 'node:fs';

import { failuresOf, fuzzImporter } from './fuzz-importer';
import { fuzzTargets } from './targets';

const runs = Number(process.argv[2] ?? 10_000);
const only = process.argv[3];
const seed = process.argv[4] ? Number(process.argv[4]) : undefined;
let failed = 0;
for (const target of await fuzzTargets()) {
  if (only && !target.name.includes(only)) continue;
  const started = performance.now();
  try {
    // The case under way, written before it runs: if one never ends, FUZZ_CURRENT names it
    // (<path> gets the mutations, <path>.bin the damaged file).
    const current = process.env.FUZZ_CURRENT;
    const figures = await fuzzImporter(
      target,
      runs,
      seed,
      current
        ? (label, bytes) => (writeFileSync(current, `${target.name}: ${label}\n`), writeFileSync(`${current}.bin`, bytes))
        : undefined,
    );
    console.log(
      `fuzz.${target.name}: ${figures.cases} cases, ${figures.refused} refused clearly, ${figures.accepted} accepted; ${figures.crashes} crashes, ${figures.invalid} invalid results, ` +
        `${figures.timeouts} timeouts, ${figures.polluted} pollutions; slowest ${Math.round(figures.slowestMs)} ms, peak heap ${Math.round(figures.peakHeapMb)} MB, ${Math.round((performance.now() - started) / 1000)} s`,
    );
    for (const example of figures.examples) console.log(`  ✗ ${example}`);
    if (failuresOf(figures) > 0) failed++;
  } catch (error) {
    failed++;
    console.log(
      `fuzz.${target.name}: FAILED — ${error instanceof Error ? [error.message.split('\n').find((line) => line.startsWith('Counterexample')), error.cause instanceof Error ? error.cause.message : ''].join(' → ') : String(error)}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
