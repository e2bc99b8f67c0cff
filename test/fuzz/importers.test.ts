import { describe, expect, it } from 'vitest';

import { failuresOf, fuzzImporter } from './fuzz-importer';
import { fuzzTargets } from './targets';

// A fast, seeded sample of `npm run fuzz` (10,000 cases per importer by default); this seed once
// found the huge-range heap exhaustion that fit-sheet.ts now prevents.
const SAMPLE = 40;
const SEED = 20261123;

describe('importers under damaged real files', async () => {
  for (const target of await fuzzTargets()) {
    it(
      `${target.name}: the undamaged file is accepted and passes its checks (so the checks are not what refuses)`,
      { timeout: 60_000 },
      async () => {
        expect(await target.run(await target.original())).toEqual([]);
      },
    );
    it(
      `${target.name}: every case is a result that passes its checks or a clear Chinese error naming the file`,
      { timeout: 600_000 },
      async () => {
        const figures = await fuzzImporter(target, SAMPLE, SEED);
        expect(figures.examples).toEqual([]);
        expect(failuresOf(figures)).toBe(0);
        expect(figures.cases).toBe(SAMPLE);
        expect(figures.refused + figures.accepted).toBe(SAMPLE);
        expect(figures.refused).toBeGreaterThan(0);
      },
    );
  }
});
