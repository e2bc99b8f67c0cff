import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Indicator, IndicatorRole, IndicatorSystem, ScoringRule } from '../domain/indicator-system';
import type { InputValue } from './rule-points';
import { type IndicatorInput, scoreRubric } from './score-rubric';
import { readTypedNumber } from './typed-number';
import { type EnteredValue, plausibilityWarning, plausibilityWarnings, validateInput } from './validate-input';

function indicator(name: string, rule: ScoringRule, maxPoints: number, ruleText = '', role: IndicatorRole = 'indicator'): Indicator {
  return {
    id: name,
    parentId: null,
    role,
    name,
    maxPoints,
    capped: false,
    ruleText,
    rule,
    dataSource: { kind: 'onSite' },
    warnings: [],
    checklistItemIds: [],
  };
}

const band = (min: number | null, max: number | null, points: number) => ({ min, minInclusive: true, max, maxInclusive: false, points });
const MANUAL_5 = indicator('质量管理情况', { kind: 'manual' }, 500, '由省住房城乡建设厅评分');
const OVERDUE = indicator('办件逾期情况', { kind: 'deduction', base: 500, per: 50 }, 500, '基础分5分，发现一例逾期办件扣0.5分，扣完为止。');
const SATISFACTION = indicator('企业满意度', { kind: 'proportional', fullValue: 100 }, 1000, '按企业好差评平均得分（百分制）等比例计分。');
const ONLINE_RATE = indicator(
  '网上办理情况',
  { kind: 'bands', bands: [band(60, 80, 100), band(80, null, 300)] },
  300,
  '网上办理比例在60%以上得1分，80%以上得3分。',
);
const GROWTH = indicator(
  '市场主体增长情况',
  { kind: 'rankingTiers', base: 200, topCount: 3, topDelta: 50, bottomCount: 3, bottomDelta: 50, direction: 'higherBetter' },
  300,
  '按市场主体同比增长率排名。',
);
const DAYS = indicator(
  '开办用时',
  { kind: 'bands', bands: [band(null, 3, 300), band(3, 120, 100)] },
  300,
  '开办企业用时在3个工作日以内得3分，120日以内得1分。',
);
const ITEMS = indicator(
  '系统互联情况',
  {
    kind: 'itemSum',
    items: [
      { label: '不动产', points: 100 },
      { label: '水务', points: 100 },
    ],
  },
  200,
);
const LEVELS = indicator(
  '改革创新情况',
  {
    kind: 'levels',
    levels: [
      { label: '承担课题', points: 100 },
      { label: '形成经验', points: 200 },
    ],
  },
  200,
);

const valueOf = (check: ReturnType<typeof validateInput>) =>
  check.status === 'valid' ? check.value : check.status === 'invalid' ? `错误：${check.error}` : '空';

describe('readTypedNumber', () => {
  it.each([
    ['65', 65, false],
    ['６５．５', 65.5, false],
    ['65%', 65, true],
    ['６５％', 65, true],
    ['百分之六十五', 65, true],
    ['六十五', 65, false],
    ['十', 10, false],
    ['一百零五', 105, false],
    ['三点五', 3.5, false],
    ['1,200', 1200, false],
    ['12个工作日', 12, false],
    ['3次', 3, false],
    ['-3', -3, false],
    ['负二', -2, false],
    [' 4.5 分', 4.5, false],
  ] as const)('%s → %d', (text, value, percent) => {
    expect(readTypedNumber(text)).toEqual({ value, percent });
  });

  it.each(['', 'abc', '六五', '2024-01-01', '1.2.3', '百分之', '%', '十百'])('“%s” is not a number', (text) => {
    expect(readTypedNumber(text)).toBeNull();
  });
});

describe('validateInput', () => {
  it('keeps points within 0…分值, with at most two decimals, and refuses a percentage for points', () => {
    expect(valueOf(validateInput(MANUAL_5, '7'))).toBe('错误：得分 7 超出 0–5.00 分');
    expect(valueOf(validateInput(MANUAL_5, '-1'))).toBe('错误：得分 -1 超出 0–5.00 分');
    expect(valueOf(validateInput(MANUAL_5, '４．５'))).toBe(4.5);
    expect(valueOf(validateInput(MANUAL_5, '4.555'))).toBe('错误：得分 4.555 最多保留两位小数');
    expect(valueOf(validateInput(MANUAL_5, '百分之六十五'))).toBe('错误：此项应填得分，不是百分数');
    expect(valueOf(validateInput(MANUAL_5, '很好'))).toBe('错误：“很好”不是一个数字');
    expect(valueOf(validateInput(MANUAL_5, '  '))).toBe('空');
  });

  it('takes counts whole and not below zero', () => {
    expect(valueOf(validateInput(OVERDUE, '-3'))).toBe('错误：应为次数（不小于 0 的整数）');
    expect(valueOf(validateInput(OVERDUE, '2.5'))).toBe('错误：应为次数（不小于 0 的整数）');
    expect(valueOf(validateInput(OVERDUE, '三次'))).toBe(3);
    expect(valueOf(validateInput(OVERDUE, 3))).toBe(3);
  });

  it('keeps a 100-point score and a rate within 0–100, but not a growth rate or a count of days', () => {
    expect(valueOf(validateInput(SATISFACTION, '176.5'))).toBe('错误：得分 176.5 超出百分制 0–100 分');
    expect(valueOf(validateInput(SATISFACTION, '88.5'))).toBe(88.5);
    expect(valueOf(validateInput(ONLINE_RATE, '百分之六十五'))).toBe(65);
    expect(valueOf(validateInput(ONLINE_RATE, '65%'))).toBe(65);
    expect(valueOf(validateInput(ONLINE_RATE, '165'))).toBe('错误：比率 165% 超出 0–100%');
    expect(valueOf(validateInput(ONLINE_RATE, '-5'))).toBe('错误：测得值 -5 不能为负数');
    expect(valueOf(validateInput(GROWTH, '-5'))).toBe(-5);
    expect(valueOf(validateInput(GROWTH, '150%'))).toBe(150);
    expect(valueOf(validateInput(DAYS, '150'))).toBe(150);
  });

  it('reads a percentage-formatted spreadsheet cell as the percentage it shows', () => {
    expect(valueOf(validateInput(ONLINE_RATE, { value: 0.65, shown: '65%' }))).toBe(65);
    expect(valueOf(validateInput(ONLINE_RATE, { value: 0.655, format: '0.0%' }))).toBe(65.5);
    expect(valueOf(validateInput(ONLINE_RATE, { value: 65, shown: '65' }))).toBe(65);
    expect(valueOf(validateInput(OVERDUE, { value: 0.03, shown: '3%' }))).toBe('错误：此项应填次数，不是百分数');
    expect(valueOf(validateInput(ONLINE_RATE, { value: '六十五' }))).toBe(65);
    expect(valueOf(validateInput(ONLINE_RATE, { value: undefined }))).toBe('空');
    expect(valueOf(validateInput(ONLINE_RATE, { value: true }))).toBe('错误：应填写数字');
  });

  it('reads item numbers and levels through the rule check', () => {
    expect(valueOf(validateInput(ITEMS, '1，2'))).toEqual([1, 2]);
    expect(valueOf(validateInput(ITEMS, '1、3'))).toBe('错误：分项序号 3 不在 1–2 之间');
    expect(valueOf(validateInput(ITEMS, { value: 2, shown: '2' }))).toEqual([2]);
    expect(valueOf(validateInput(LEVELS, '2'))).toBe(2);
    expect(valueOf(validateInput(LEVELS, '3'))).toBe('错误：应为档次序号 0–2（0 表示均未达到）');
  });

  it('warns of a value far outside the other units’ — and still takes it', () => {
    const others = [40, 45, 50, 55, 60, null, undefined];
    const far = validateInput(DAYS, '500', others);
    expect(far).toEqual({
      status: 'valid',
      value: 500,
      warnings: ['500 与其他单位相差很大（5 个单位的值在 40–60 之间，中位数 50），请核对'],
    });
    expect(validateInput(DAYS, '58', others)).toEqual({ status: 'valid', value: 58, warnings: [] });
    expect(plausibilityWarning(500, [40, 50, 60])).toBeNull(); // too few to judge
    expect(plausibilityWarning(3, [1, 1, 1, 1])).toBe('3 与其他单位相差很大（4 个单位的值在 1–1 之间，中位数 1），请核对');
    expect(plausibilityWarning(2, [1, 1, 1, 1])).toBeNull();
    expect(plausibilityWarnings([50, 52, 48, 51, 49, 900])).toEqual([
      null,
      null,
      null,
      null,
      null,
      '900 与其他单位相差很大（6 个单位的值在 48–900 之间，中位数 50.5），请核对',
    ]);
  });
});

describe('no sequence of entries leaves points or totals out of bounds', () => {
  const entry: fc.Arbitrary<EnteredValue> = fc.oneof(
    fc.string(),
    fc.double({ noNaN: false }).map((n) => String(n)),
    fc.integer({ min: -50, max: 300 }).map(String),
    fc.integer({ min: -50, max: 300 }).map((n) => `${n}%`),
    fc.integer({ min: -50, max: 300 }).map((n) => String(n).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)))),
    fc.constantFrom('百分之六十五', '六十五', '负三', '三点五', '1,200', '一百零五', '７', '−3', '1，2', 'Infinity', '1e400'),
    fc.double({ min: -2, max: 2, noNaN: true }).map((value) => ({ value, shown: `${Math.round(value * 100)}%` })),
    fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 4 }),
  );
  const SYSTEM: IndicatorSystem = {
    id: 's',
    title: '随机细则',
    indicators: [
      MANUAL_5,
      OVERDUE,
      SATISFACTION,
      ONLINE_RATE,
      GROWTH,
      DAYS,
      ITEMS,
      LEVELS,
      indicator(
        '排名赋分',
        { kind: 'rankPoints', points: [300, 250, 200], rest: 100, direction: 'lowerBetter' },
        300,
        '按用时由短到长排名',
      ),
      indicator('前沿距离', { kind: 'frontier', direction: 'higherBetter' }, 400, '按前沿距离计分'),
      indicator('加分项', { kind: 'occurrence', per: 100 }, 300, '每次加1分，最多3分', 'bonus'),
      indicator('减分项', { kind: 'occurrence', per: 100 }, 200, '每次减1分，最多减2分', 'penalty'),
    ],
  };
  const UNITS = ['甲区', '乙区', '丙区', '丁区'];
  const fullMax = SYSTEM.indicators.filter((entry) => entry.role === 'indicator').reduce((sum, entry) => sum + entry.maxPoints, 0);

  it('holds for random entries in random order, valid ones stored and refused ones leaving the stored value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(UNITS.length - 1), fc.nat(SYSTEM.indicators.length - 1), entry), { maxLength: 60 }),
        fc.constantFrom('rescale' as const, 'zero' as const),
        (entries, notApplicable) => {
          const stored = new Map<string, IndicatorInput>();
          for (const [unit, index, entered] of entries) {
            const target = SYSTEM.indicators[index]!;
            const key = `${UNITS[unit]}|${target.id}`;
            const others = UNITS.filter((_, other) => other !== unit).map((name) => stored.get(`${name}|${target.id}`)?.value);
            const check = validateInput(target, entered, others);
            if (check.status === 'valid')
              stored.set(key, { unitId: UNITS[unit]!, indicatorId: target.id, value: check.value as InputValue });
          }
          const scores = scoreRubric(SYSTEM, UNITS, [...stored.values()], { tieRule: 'competition', notApplicable });
          for (const column of scores.columns)
            for (const points of column.points)
              if (points !== null) expect(points >= 0 && points <= column.indicator.maxPoints && Number.isInteger(points)).toBe(true);
          for (const unit of scores.units) {
            expect(unit.base).toBeGreaterThanOrEqual(0);
            expect(unit.base).toBeLessThanOrEqual(fullMax);
            expect(unit.total).toBeGreaterThanOrEqual(-200);
            expect(unit.total).toBeLessThanOrEqual(fullMax + 300);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
