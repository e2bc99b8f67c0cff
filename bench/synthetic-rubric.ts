// A synthetic indicator system and inputs at scale: every old rule kind and composed rules (several
// rates with a veto; linear against the average), `indicatorCount` indicators in
// ten categories, `unitCount` units, one input per unit and indicator.
import type { Indicator, IndicatorSystem, ScoringRule } from '#shared/domain/indicator-system';
import type { IndicatorInput } from '#shared/scoring/score-rubric';

const RULES: ScoringRule[] = [
  { kind: 'manual' },
  { kind: 'deduction', base: 300, per: 50 },
  {
    kind: 'bands',
    bands: [
      { min: 60, minInclusive: true, max: 70, maxInclusive: false, points: 100 },
      { min: 70, minInclusive: true, max: 80, maxInclusive: false, points: 200 },
      { min: 80, minInclusive: true, max: null, maxInclusive: true, points: 300 },
    ],
  },
  { kind: 'proportional', fullValue: 100 },
  {
    kind: 'itemSum',
    items: [
      { label: 'a', points: 100 },
      { label: 'b', points: 100 },
      { label: 'c', points: 100 },
    ],
  },
  {
    kind: 'levels',
    levels: [
      { label: 'a', points: 100 },
      { label: 'b', points: 200 },
    ],
  },
  { kind: 'rankingTiers', base: 250, topCount: 4, topDelta: 50, bottomCount: 4, bottomDelta: 50, direction: 'lowerBetter' },
  { kind: 'frontier', direction: 'lowerBetter' },
  { kind: 'relativeToBest', direction: 'higherBetter' },
  { kind: 'rankPoints', points: [300, 280, 260, 240, 220], rest: 100, direction: 'higherBetter' },
  {
    kind: 'composed',
    terms: [
      {
        kind: 'deduction',
        base: 300,
        rates: [
          { input: '次数', label: '国务院通报', per: 100 },
          { input: '次数2', label: '省级通报', per: 50 },
        ],
        cap: 200,
      },
      { kind: 'veto', input: '是否', label: '发生重大事故', scope: 'indicator' },
    ],
    floor: 0,
    ceiling: null,
  },
  {
    kind: 'composed',
    terms: [
      {
        kind: 'linear',
        input: '测得值',
        label: '',
        threshold: { kind: 'average', plus: 5 },
        side: 'below',
        step: 1,
        unit: '个百分点',
        per: 20,
        sign: -1,
        stepped: false,
        cap: null,
        base: 300,
      },
    ],
    floor: 0,
    ceiling: null,
  },
];

export function syntheticSystem(indicatorCount: number): IndicatorSystem {
  const indicators: Indicator[] = [];
  const base = { capped: false, ruleText: '', dataSource: { kind: 'onSite' as const }, warnings: [], checklistItemIds: [] };
  for (let c = 0; c < 10; c++)
    indicators.push({ ...base, id: `c${c}`, parentId: null, role: 'category', name: `类别${c}`, maxPoints: 0, rule: null });
  for (let i = 0; i < indicatorCount; i++) {
    indicators.push({
      ...base,
      id: `i${i}`,
      parentId: `c${i % 10}`,
      role: 'indicator',
      name: `指标${i}`,
      maxPoints: 300,
      rule: RULES[i % RULES.length]!,
    });
  }
  indicators.push({
    ...base,
    id: 'bonus',
    parentId: null,
    role: 'bonus',
    name: '加分项',
    maxPoints: 800,
    rule: { kind: 'occurrence', per: 100 },
  });
  return { id: 'synthetic', title: '合成指标体系', indicators };
}

/** Deterministic pseudo-random inputs (a linear congruential generator, seed fixed). */
export function syntheticInputs(system: IndicatorSystem, unitIds: string[]): IndicatorInput[] {
  let state = 42;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const inputs: IndicatorInput[] = [];
  for (const indicator of system.indicators) {
    const rule = indicator.rule;
    if (!rule) continue;
    for (const unitId of unitIds) {
      const value =
        rule.kind === 'composed'
          ? rule.terms[0]!.kind === 'linear'
            ? Math.round(next() * 10000) / 100
            : { 次数: Math.floor(next() * 4), 次数2: Math.floor(next() * 4), 是否: next() > 0.95 ? 1 : 0 }
          : rule.kind === 'manual'
            ? Math.floor(next() * 300) / 100
            : rule.kind === 'deduction' || rule.kind === 'occurrence'
              ? Math.floor(next() * 8)
              : rule.kind === 'itemSum'
                ? [1, 2, 3].filter(() => next() > 0.5)
                : rule.kind === 'levels'
                  ? Math.floor(next() * 3)
                  : Math.round(next() * 10000) / 100;
      inputs.push({ indicatorId: indicator.id, unitId, value });
    }
  }
  return inputs;
}
