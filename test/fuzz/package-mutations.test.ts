// Every lie a hostile package tells, fed to the real reader and merge one by one: each ends in a
// clear Chinese refusal naming the file, or in a merge that stored nothing invalid and applied
// nothing outside the package's scope unasked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { PackageError } from '#shared/exchange/package-error';

import { packageLies, SCOPE_LIES } from './package-mutations';
import { mergeIntoOffice, PACKAGE_FILE, unitPackage } from './package-scenario';
import { packageDataProblems, scopedMergeProblems } from './result-checks';

type Row = { id: string } & Record<string, unknown>;

/** The outcome of merging `bytes`: the problems of the merge, or the refusal's message. */
async function outcome(bytes: Uint8Array) {
  try {
    const merge = await mergeIntoOffice(bytes);
    return {
      merge,
      problems: [
        ...packageDataProblems(merge.outcome.merged),
        ...scopedMergeProblems(merge.manifest.scope, merge.local, merge.incoming, merge.outcome),
      ],
    };
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    return { refusal: error.message };
  }
}

const lieNamed = (part: string) => SCOPE_LIES.find((lie) => lie.label.includes(part))!;
const record = (rows: unknown, id: string) => (rows as Row[] | undefined)?.find((row) => row.id === id);

describe('scope lies against the lead office', async () => {
  const original = await unitPackage();

  it.each(SCOPE_LIES.map((lie) => [lie.label, lie] as const))('%s: refused clearly or merged within scope', async (_label, lie) => {
    const result = await outcome(lie.apply(original));
    if ('refusal' in result) expect(result.refusal).toContain(PACKAGE_FILE);
    else expect(result.problems).toEqual([]);
  });

  it("keeps the office's 分值 when a one-unit package raises it, and holds the change for review", async () => {
    const result = await outcome(lieNamed('分值 raised').apply(original));
    if (!('merge' in result)) throw new Error(`refused: ${result.refusal}`);
    const system = record(result.merge!.outcome.merged.tables.indicatorSystems, 's1')!;
    expect((system.indicators as Row[]).find((indicator) => indicator.id === 'i1')!.maxPoints).toBe(300);
    expect(result.merge!.outcome.reported.has('indicatorSystems|s1')).toBe(true);
  });

  it("refuses a record whose declared hash is not its content's, naming the file and entry", async () => {
    const result = await outcome(lieNamed('declared hash').apply(original));
    expect('refusal' in result && result.refusal).toMatch(/^.*张三\.kaoping.*data\/inputs\.json.*修订哈希/);
  });

  it("leaves 西工区's score as 李四 entered it when 张三's package rescores it", async () => {
    const result = await outcome(lieNamed('西工区 rescored').apply(original));
    if (!('merge' in result)) throw new Error(`refused: ${result.refusal}`);
    expect(record(result.merge!.outcome.merged.tables.inputs, 'e1|u2|i1')!.value).toBe(2);
    expect(result.merge!.outcome.reported.has('inputs|e1|u2|i1')).toBe(true);
  });
});

describe('every package lie, at random', () => {
  it('ends in a clear refusal or a valid, in-scope merge (60 seeded cases)', async () => {
    const original = await unitPackage();
    await fc.assert(
      fc.asyncProperty(packageLies, async (lie) => {
        const result = await outcome(lie.apply(original));
        if ('refusal' in result) expect(result.refusal).toContain(PACKAGE_FILE);
        else expect(result.problems).toEqual([]);
      }),
      { numRuns: 60, seed: 20261129 },
    );
  });
});
