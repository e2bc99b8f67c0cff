import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Band, Direction, LegacyRule } from '../domain/indicator-system';
import type { UnitValues } from '../domain/rule-model';
import { scaledPoints, toMicros } from '../numbers/exact-value';
import { rankDescending } from '../numbers/rank';
import { parseScoringRule } from '../rubric/parse-rule';
import { pointsForUnit, unitValuesOf } from '../scoring/rule-points';
import { fullWidth, halfPunctuation, ocrNoise, RULE_CORPUS } from './corpus/rule-corpus';
import { trialScore } from './edit-rule';
import { ruleInputs } from './evaluate';
import { toComposed } from './migrate';
import { summarizeRule } from './read-back';
import { normaliseRuleText } from './reader/normalise';
import { holdsAmount } from './reader/patterns';
import { readRule } from './reader/read-rule';
import { segmentsOf } from './reader/segments';

// The points every old kind gave before rules were composed, written out independently here as
// the oracle of the migration (per-unit kinds, then the kinds that compare units).
function oldPointsForUnit(rule: LegacyRule, max: number, value: number | number[]): number {
  const v = value as number;
  switch (rule.kind) {
    case 'manual':
      return Math.round(v * 100);
    case 'deduction':
      return Math.max(0, Math.min(max, rule.base) - rule.per * v);
    case 'occurrence':
      return Math.min(max, rule.per * v);
    case 'bands': {
      let best: Band | undefined;
      for (const band of rule.bands) {
        const inside =
          (band.min === null || (band.minInclusive ? v >= band.min : v > band.min)) &&
          (band.max === null || (band.maxInclusive ? v <= band.max : v < band.max));
        if (
          inside &&
          (!best ||
            (band.min ?? -Infinity) > (best.min ?? -Infinity) ||
            ((band.min ?? -Infinity) === (best.min ?? -Infinity) && band.points > best.points))
        )
          best = band;
      }
      return Math.min(max, best?.points ?? 0);
    }
    case 'proportional':
      return scaledPoints(max, toMicros(v), toMicros(rule.fullValue));
    case 'itemSum':
      return Math.min(
        max,
        (value as number[]).reduce((sum, n) => sum + rule.items[n - 1]!.points, 0),
      );
    case 'levels':
      return v === 0 ? 0 : Math.min(max, rule.levels[v - 1]!.points);
    default:
      throw new Error('cross-unit');
  }
}

function oldPointsAcross(rule: Extract<LegacyRule, { direction: Direction }>, max: number, values: number[]): number[] {
  const lower = rule.direction === 'lowerBetter';
  const oriented = values.map((value) => (lower ? -value : value));
  const ranks = rankDescending(oriented, 'competition');
  const fromBottom = rankDescending(
    oriented.map((value) => -value),
    'competition',
  );
  const best = lower ? Math.min(...values) : Math.max(...values);
  const worst = lower ? Math.max(...values) : Math.min(...values);
  return values.map((value, index) => {
    switch (rule.kind) {
      case 'rankingTiers': {
        const delta = ranks[index]! <= rule.topCount ? rule.topDelta : fromBottom[index]! <= rule.bottomCount ? -rule.bottomDelta : 0;
        return Math.max(0, Math.min(max, rule.base + delta));
      }
      case 'frontier':
        return scaledPoints(max, toMicros(worst) - toMicros(value), toMicros(worst) - toMicros(best));
      case 'relativeToBest': {
        const [num, den] = lower ? [toMicros(best), toMicros(value)] : [toMicros(value), toMicros(best)];
        return den === 0n ? (num === 0n ? max : 0) : scaledPoints(max, num, den);
      }
      case 'rankPoints':
        return Math.min(max, rule.points[ranks[index]! - 1] ?? rule.rest);
    }
  });
}

const hundredths = fc.integer({ min: 0, max: 1000 });
const direction = fc.constantFrom<Direction>('higherBetter', 'lowerBetter');
const measured = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
const band = fc.record({
  min: fc.option(measured, { nil: null }),
  minInclusive: fc.boolean(),
  max: fc.option(measured, { nil: null }),
  maxInclusive: fc.boolean(),
  points: hundredths,
});
const item = fc.record({ label: fc.constantFrom('建立制度', '召开会议', '印发通报'), points: hundredths });

const perUnitRule: fc.Arbitrary<LegacyRule> = fc.oneof(
  fc.constant<LegacyRule>({ kind: 'manual' }),
  fc.record({ kind: fc.constant('deduction' as const), base: hundredths, per: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('occurrence' as const), per: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('bands' as const), bands: fc.array(band, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('proportional' as const), fullValue: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('itemSum' as const), items: fc.array(item, { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('levels' as const), levels: fc.array(item, { minLength: 1, maxLength: 5 }) }),
);

const crossUnitRule = fc.oneof(
  fc.record({
    kind: fc.constant('rankingTiers' as const),
    base: hundredths,
    topCount: fc.nat(5),
    topDelta: hundredths,
    bottomCount: fc.nat(5),
    bottomDelta: hundredths,
    direction,
  }),
  fc.record({ kind: fc.constant('frontier' as const), direction }),
  fc.record({ kind: fc.constant('relativeToBest' as const), direction }),
  fc.record({
    kind: fc.constant('rankPoints' as const),
    points: fc.array(hundredths, { minLength: 1, maxLength: 6 }),
    rest: hundredths,
    direction,
  }),
);

function sampleInput(rule: LegacyRule, max: number, seed: number): number | number[] {
  switch (rule.kind) {
    case 'manual':
      return (seed % (max + 1)) / 100;
    case 'itemSum':
      return rule.items.map((_, index) => index + 1).filter((n) => (seed >> n) % 2 === 1);
    case 'levels':
      return seed % (rule.levels.length + 1);
    case 'deduction':
    case 'occurrence':
      return seed % 20;
    default:
      return (seed % 12000) / 100;
  }
}

describe('migration of the eleven old kinds', () => {
  it('scores every per-unit old kind exactly as before, for every input', () => {
    fc.assert(
      fc.property(perUnitRule, hundredths, fc.nat(100000), (rule, max, seed) => {
        const value = sampleInput(rule, max, seed);
        expect(pointsForUnit(rule, max, value)).toBe(oldPointsForUnit(rule, max, value));
      }),
      { numRuns: 2000 },
    );
  });

  it('scores every cross-unit old kind exactly as before, for every column of values', () => {
    fc.assert(
      fc.property(crossUnitRule, hundredths, fc.array(measured, { minLength: 1, maxLength: 12 }), (rule, max, values) => {
        const units = values.map((value) => ({ 测得值: value }));
        expect(trialScore(rule, max, units).map((result) => result.points)).toEqual(oldPointsAcross(rule, max, values));
      }),
      { numRuns: 1000 },
    );
  });
});

const SPELLINGS = [(text: string) => text, fullWidth, halfPunctuation, ocrNoise];

describe('the reader', () => {
  it('re-reads every read-back into the same rule (corpus in every spelling, and old kinds)', () => {
    for (const entry of RULE_CORPUS.filter((candidate) => candidate.status === 'read')) {
      for (const spell of SPELLINGS) {
        const max = Math.round(entry.max * 100);
        const first = parseScoringRule(spell(entry.text), '指标', max);
        const again = parseScoringRule(summarizeRule(first.rule, max), '指标', max);
        expect(again.rule, summarizeRule(first.rule, max)).toEqual(first.rule);
        expect(again.warnings).toEqual([]);
      }
    }
    fc.assert(
      fc.property(fc.oneof(perUnitRule, crossUnitRule), (rule) => {
        const max = 1000;
        const first = parseScoringRule(summarizeRule(rule, max), '指标', max);
        if (first.warnings.length > 0) return;
        expect(parseScoringRule(summarizeRule(first.rule, max), '指标', max).rule).toEqual(first.rule);
      }),
      { numRuns: 300 },
    );
  });

  const FRAGMENTS = [
    '基础分为3分',
    '每发现一例扣0.5分',
    '最多扣2分',
    '扣完为止',
    '达到90%得3分',
    '第1-3名依次得5分、3分、1分',
    '其余得1分',
    '每提高1个百分点加0.2分',
    '以80%为基准',
    '酌情扣1-2分',
    '按综合情况评定',
    '发生重大事故的',
    '实行一票否决',
    '由市营商办评分',
    '未完成的不得分',
    '30%以下得0分',
    '每件计1分',
    '视情况给予0.5分',
    '2次及以上不得分',
    '发现1次扣0.5分',
  ];

  it('consumes every clause with a number or points word, or asks for review showing it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('，', '；', '。', ','),
        (parts, separator) => {
          const text = parts.join(separator);
          const reading = readRule(text, '指标', 300);
          const amounts = segmentsOf(normaliseRuleText(text))
            .flatMap((segment) => segment.clauses)
            .filter((clause) => holdsAmount(clause.text))
            .map((clause) => clause.text);
          for (const clause of amounts) expect(reading.used.includes(clause) || reading.unread.includes(clause)).toBe(true);
          if (reading.unread.length > 0) expect(reading.warnings.some((warning) => warning.includes(reading.unread[0]!))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps points within [floor, ceiling] for every reading and input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULE_CORPUS), fc.array(fc.nat(200), { minLength: 1, maxLength: 5 }), (entry, seeds) => {
        const max = Math.round(entry.max * 100);
        const { rule } = parseScoringRule(entry.text, '指标', max);
        const composed = toComposed(rule, max);
        const inputs = ruleInputs(composed);
        const units: UnitValues[] = seeds.map((seed) =>
          Object.fromEntries(
            inputs.map((input) => [
              input.name,
              input.kind === 'items'
                ? [1].filter(() => seed % 2 === 1)
                : input.kind === 'flag'
                  ? seed % 2
                  : input.kind === 'level'
                    ? seed % ((input.choices?.length ?? 0) + 1)
                    : input.kind === 'points'
                      ? (seed % (max + 1)) / 100
                      : seed % 120,
            ]),
          ),
        );
        for (const { points } of trialScore(rule, max, units)) {
          if (composed.floor !== null) expect(points).toBeGreaterThanOrEqual(composed.floor);
          expect(points).toBeLessThanOrEqual(composed.ceiling ?? max);
        }
        expect(unitValuesOf(rule, max, units[0]! as never)).toEqual(units[0]);
      }),
      { numRuns: 500 },
    );
  });
});
