import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import type { IndicatorSystem } from '../domain/indicator-system';
import { importRubricFile } from '../rubric/import-rubric-file';
import { type NamedInputs, resolveNamedInputs } from './score-inputs';
import { type IndicatorInput, rescoreCell, scoreRubric } from './score-rubric';
import { type RubricUnitResult, unitResults } from './unit-results';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'scoring');

function namedInputs(file: string): NamedInputs {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as NamedInputs;
}

async function scoreSeed(tieRule: 'competition' | 'dense' = 'competition') {
  const system = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
  const resolved = resolveNamedInputs(system, namedInputs('seed004-six-units.inputs.json'));
  expect(resolved.problems).toEqual([]);
  const results = unitResults(scoreRubric(system, resolved.unitIds, resolved.inputs, { tieRule, notApplicable: 'rescale' }));
  return { system, results };
}

/** Points (in points, not hundredths) of one indicator for every unit, in unit order (甲区 … 己区). */
function column(system: IndicatorSystem, results: RubricUnitResult[], name: string): Array<number | null> {
  const indicator = system.indicators.find((entry) => entry.name === name && entry.rule)!;
  return results.map((result) => {
    const points = result.indicators.find((entry) => entry.indicatorId === indicator.id)!.points;
    return points === null ? null : points / 100;
  });
}

describe('scoreRubric on the seed 004 rubric, six units, computed by hand', () => {
  it('ranking tiers: top four gain, the rest of the bottom four lose, equal values share a rank', async () => {
    const { system, results } = await scoreSeed();
    // 90, 85, 85, 70, 60, 50 (higher better): ranks 1, 2, 2, 4, 5, 6.
    expect(column(system, results, '审批办件/审批项目比例')).toEqual([3, 3, 3, 3, 2, 2]);
    // 30, 45, 45, 60, 20, 90 days (shorter better): 戊 1, 甲 2, 乙 3, 丙 3, 丁 5, 己 6.
    expect(column(system, results, '政府投资项目报建周期')).toEqual([2, 2, 2, 1, 2, 1]);
    // Everyone equal: all rank 1, all in the top tier.
    expect(column(system, results, '简易低风险项目审批用时')).toEqual([3, 3, 3, 3, 3, 3]);
    // Base 2 ± 1: five equal at rank 1, 己 alone last.
    expect(column(system, results, '区域评估事项比例')).toEqual([3, 3, 3, 3, 3, 1]);
  });

  it('deductions floor at zero', async () => {
    const { system, results } = await scoreSeed();
    expect(column(system, results, '主要事项线上办理情况')).toEqual([3, 2.5, 2, 0, 0, 1.5]);
    expect(column(system, results, '秒办件情况')).toEqual([3, 2, 3, 3, 3, 0]);
    expect(column(system, results, '办件逾期率')).toEqual([2, 2, 1.4, 2, 2, 0]);
    expect(column(system, results, '超时默许率')).toEqual([1, 1, 1, 0, 1, 1]);
  });

  it('bands take their edges as written; a shared edge belongs to the higher band', async () => {
    const { system, results } = await scoreSeed();
    expect(column(system, results, '电子证照应用情况')).toEqual([4, 4, 3, 2, 0, 3]); // 30, 28, 22, 16, 15, 25
    expect(column(system, results, '电子化应用情况')).toEqual([3, 3, 2.5, 2, 0, 2]); // 95, 90, 70, 69.99, 49, 50
    expect(column(system, results, '“一次不跑”实施情况')).toEqual([3, 2, 2, 1, 0, 3]); // 80, 79.9, 70, 60, 59.9, 100
  });

  it('proportional scoring is exact and rounds half up (66.665 → 6.67)', async () => {
    const { system, results } = await scoreSeed();
    expect(column(system, results, '企业满意度')).toEqual([9.5, 8.89, 10, 0, 6.67, 5]);
  });

  it('sums of items are capped, levels take their level', async () => {
    const { system, results } = await scoreSeed();
    expect(column(system, results, '系统互联情况')).toEqual([3, 1, 0, 2, 3, 1]);
    expect(column(system, results, '工作调度情况')).toEqual([3, 1, 1, 0, 3, 0.5]);
    expect(column(system, results, '改革创新情况')).toEqual([2, 1, 0, 2, 2, 1]);
  });

  it('totals: categories, bonus and penalty within their caps of 8, and ranks', async () => {
    const { results } = await scoreSeed();
    expect(
      results.map((result) => [
        result.unitId,
        result.base / 100,
        result.bonus / 100,
        result.penalty / 100,
        result.total / 100,
        result.rank,
      ]),
    ).toEqual([
      ['甲区', 96.5, 3, 0, 99.5, 1],
      ['乙区', 81.89, 0, 2, 79.89, 4],
      ['丙区', 81.9, 8, 0, 89.9, 2],
      ['丁区', 59.5, 0, 8, 51.5, 6],
      ['戊区', 79.17, 1, 0, 80.17, 3],
      ['己区', 55, 0, 1, 54, 5],
    ]);
    expect(results[0]!.categories.map((category) => category.points / 100)).toEqual([60, 9.5, 7, 20]);
  });

  it('中国式排名 lets the fifth distinct value into the top four', async () => {
    const { system, results } = await scoreSeed('dense');
    // Dense ranks 1, 2, 2, 3, 4, 5: 戊区 (60) is now fourth.
    expect(column(system, results, '审批办件/审批项目比例')).toEqual([3, 3, 3, 3, 3, 2]);
  });

  it('explains every point: the reason names the rule and the input', async () => {
    const { system, results } = await scoreSeed();
    const reasonOf = (unit: number, name: string) =>
      results[unit]!.indicators.find((entry) => entry.indicatorId === system.indicators.find((indicator) => indicator.name === name)!.id)!
        .reason;
    expect(reasonOf(3, '主要事项线上办理情况')).toBe('基础分 3.00分，6 次 × 0.50分，扣 3.00分（扣完为止）');
    expect(reasonOf(1, '审批办件/审批项目比例')).toContain('6 个单位中排第 2 名，前4名，加 0.50分');
    expect(reasonOf(2, '加分项')).toBe('为所辖县(市、区) 10 次 × 1.00分，最多加 8.00分');
  });
});

describe('scoreRubric on cross-unit rule kinds (a rubric not in the seeds)', () => {
  it('distance to frontier, proportional to the best and points by rank', async () => {
    const system = await importRubricFile(readFileSync(join(FIXTURES, 'cross-unit-rubric.txt')), 'cross-unit-rubric.txt');
    const resolved = resolveNamedInputs(system, namedInputs('cross-unit.inputs.json'));
    expect(resolved.problems).toEqual([]);
    const results = unitResults(
      scoreRubric(system, resolved.unitIds, resolved.inputs, { tieRule: 'competition', notApplicable: 'rescale' }),
    );
    expect(column(system, results, '开办时间')).toEqual([10, 8.75, 7.5, 5, 5, 0]); // days 1,2,3,5,5,9: 10 × (9 − x) / 8
    expect(column(system, results, '办理环节')).toEqual([10, 7.5, 5, 7.5, 10, 6]); // steps 3,4,6,4,3,5: 10 × 3 / x
    expect(column(system, results, '市场主体增长率')).toEqual([57, 54, 54, 48, 60, 40]); // ranks 2,3,3,5,1,6
    expect(results.map((result) => [result.total / 100, result.rank])).toEqual([
      [77, 1],
      [70.25, 3],
      [66.5, 4],
      [60.5, 5],
      [75, 2],
      [46, 6],
    ]);
  });
});

describe('不适用 (not applicable)', () => {
  it('rescales the base total to the full maximum, or scores zero, as the evaluation chooses', async () => {
    const system = await importRubricFile(readFileSync(join(FIXTURES, 'cross-unit-rubric.txt')), 'cross-unit-rubric.txt');
    const named = namedInputs('cross-unit.inputs.json');
    named.inputs = named.inputs.map((input) =>
      input.unit === '甲区' && input.indicator === '办理环节' ? { ...input, value: null } : input,
    );
    const resolved = resolveNamedInputs(system, named);
    const rescaled = unitResults(
      scoreRubric(system, resolved.unitIds, resolved.inputs, { tieRule: 'competition', notApplicable: 'rescale' }),
    );
    const zero = unitResults(scoreRubric(system, resolved.unitIds, resolved.inputs, { tieRule: 'competition', notApplicable: 'zero' }));
    // 甲区: 10 + 57 = 67 of an applicable 70 → 67 × 80 / 70 = 76.571… → 76.57; or 67 as zero.
    expect(rescaled[0]!.total).toBe(7657);
    expect(zero[0]!.total).toBe(6700);
    expect(rescaled[0]!.indicators.find((entry) => entry.points === null)!.reason).toBe('不适用');
  });
});

describe('input problems are reported all at once with their place', () => {
  it('names unknown indicators and units, wrong types, out-of-range points and missing inputs', async () => {
    const system = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
    const named: NamedInputs = {
      units: ['甲区', '乙区'],
      inputs: [
        { indicator: '不存在的指标', unit: '甲区', value: 1 },
        { indicator: '质量管理情况', unit: '丙区', value: 1 },
        { indicator: '质量管理情况', unit: '甲区', value: 6 },
        { indicator: '秒办件情况', unit: '甲区', value: 'three' },
        { indicator: '系统互联情况', unit: '甲区', value: [1, 4] },
      ],
    };
    const { problems } = resolveNamedInputs(system, named);
    expect(problems).toContain('inputs[0]：指标“不存在的指标”在评分细则中不存在');
    expect(problems).toContain('inputs[1]：单位“丙区”不在 units 列表中');
    expect(problems).toContain('inputs[2]：甲区 × 质量管理情况：得分 6 超出 0–3.00 分（收到 6）');
    expect(problems).toContain('inputs[3]：甲区 × 秒办件情况：应为次数（不小于 0 的整数）（收到 "three"）');
    expect(problems).toContain('inputs[4]：甲区 × 系统互联情况：分项序号 4 不在 1–3 之间（收到 [1,4]）');
    expect(problems.filter((problem) => problem.startsWith('缺少输入')).length).toBe(34);
  });
});

describe('properties of the engine', () => {
  const systemPromise = importRubricFile(seedBytes(SEED.compilation2023), '004.txt');

  const arbitraryInputs = (system: IndicatorSystem, units: string[]) =>
    fc.tuple(
      ...system.indicators
        .filter((indicator) => indicator.rule)
        .flatMap((indicator) =>
          units.map((unit) => {
            const rule = indicator.rule!;
            const value: fc.Arbitrary<IndicatorInput['value']> =
              rule.kind === 'manual'
                ? fc.integer({ min: 0, max: indicator.maxPoints }).map((n) => n / 100)
                : rule.kind === 'deduction' || rule.kind === 'occurrence'
                  ? fc.integer({ min: 0, max: 20 })
                  : rule.kind === 'itemSum'
                    ? fc.subarray(rule.items.map((_, index) => index + 1))
                    : rule.kind === 'levels'
                      ? fc.integer({ min: 0, max: rule.levels.length })
                      : fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
            return value.map((v): IndicatorInput => ({ indicatorId: indicator.id, unitId: unit, value: v }));
          }),
        ),
    );

  it('totals stay within [−penalty cap, max + bonus cap]; ranks are consistent with totals; order does not matter', async () => {
    const system = await systemPromise;
    const units = ['A', 'B', 'C', 'D', 'E'];
    fc.assert(
      fc.property(arbitraryInputs(system, units), fc.boolean(), (inputs, dense) => {
        const options = { tieRule: dense ? ('dense' as const) : ('competition' as const), notApplicable: 'rescale' as const };
        const scores = scoreRubric(system, units, inputs, options);
        const results = scores.units;
        for (const result of results) {
          expect(result.total).toBeLessThanOrEqual(10000 + 800);
          expect(result.total).toBeGreaterThanOrEqual(-800);
        }
        for (const column of scores.columns) for (const points of column.points) expect(points ?? 0).toBeGreaterThanOrEqual(0);
        for (const a of results)
          for (const b of results)
            if (a.total > b.total) expect(a.rank!).toBeLessThan(b.rank!);
            else if (a.total === b.total) expect(a.rank).toBe(b.rank);
        expect(Math.min(...results.map((result) => result.rank!))).toBe(1);
        const shuffled = scoreRubric(system, units, [...inputs].reverse(), options);
        expect(shuffled.units).toEqual(results);
      }),
      { numRuns: 60 },
    );
  });
});

describe('rescoreCell', () => {
  it('gives the same result as a full recompute after a change, cross-unit columns included', async () => {
    const system = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
    const resolved = resolveNamedInputs(system, namedInputs('seed004-six-units.inputs.json'));
    const options = { tieRule: 'competition' as const, notApplicable: 'rescale' as const };
    const scores = scoreRubric(system, resolved.unitIds, resolved.inputs, options);
    const indicator = system.indicators.find((entry) => entry.name === '审批办件/审批项目比例')!;
    const updated = rescoreCell(system, scores, indicator.id, '己区', 99);
    const changedInputs = resolved.inputs.map((input) =>
      input.indicatorId === indicator.id && input.unitId === '己区' ? { ...input, value: 99 } : input,
    );
    expect(updated.units).toEqual(scoreRubric(system, resolved.unitIds, changedInputs, options).units);
    // 己区 now first on this indicator: 3 points instead of 2; 丁区 (70) falls to fifth: 2 instead of 3.
    expect(updated.units[5]!.total - scores.units[5]!.total).toBe(100);
    expect(updated.units[3]!.total - scores.units[3]!.total).toBe(-100);
  });
});
