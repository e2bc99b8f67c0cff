// Points for rules that compare units: ranking tiers, distance to frontier, proportional to the
// best unit, points by rank. Units without a value are left out of the comparison.
import type { ScoringRule } from '../domain/indicator-system';
import type { TieRule } from '../domain/types';
import { formatHundredths } from './exact';
import { scaledPoints, toMicros } from './exact-value';
import { rankDescending } from './rank';

export type CrossUnitRule = Extract<ScoringRule, { kind: 'rankingTiers' | 'frontier' | 'relativeToBest' | 'rankPoints' }>;

/** What a column's comparison found, kept to explain each unit's points. */
export type CrossUnitContext = { ranks: Array<number | null>; fromBottom: Array<number | null>; best: number; worst: number; count: number };

export function isCrossUnit(rule: ScoringRule): rule is CrossUnitRule {
  return rule.kind === 'rankingTiers' || rule.kind === 'frontier' || rule.kind === 'relativeToBest' || rule.kind === 'rankPoints';
}

const fmt = (hundredths: number): string => `${formatHundredths(hundredths)}分`;

/**
 * Scores every unit with a value. Input: the rule, max points (hundredths), the measured values
 * (null = no value) and the tie rule. Output: points per position (null where no value) and the
 * comparison context. Ranking tiers: units ranked in the rule's direction, equal values sharing a
 * rank; rank ≤ N gains the top delta, rank from the bottom ≤ N loses the bottom delta (a unit in
 * both keeps the gain); the others keep the base. Frontier (domain.md §1): max × (worst − x) /
 * (worst − best), mirrored when higher is better, all full marks when best = worst. Proportional
 * to the best: max × x / best (max × best / x when lower is better). Points by rank: the listed
 * points for ranks 1…n, `rest` below. Rounded half-up to hundredths, kept within [0, max].
 */
export function pointsAcrossUnits(rule: CrossUnitRule, maxPoints: number, values: Array<number | null>, tieRule: TieRule): { points: Array<number | null>; context: CrossUnitContext } {
  const lowerBetter = rule.direction === 'lowerBetter';
  const oriented = values.map((value) => (value === null ? null : lowerBetter ? -value : value));
  const ranks = rule.kind === 'rankingTiers' || rule.kind === 'rankPoints' ? rankDescending(oriented, tieRule) : [];
  const fromBottom = rule.kind === 'rankingTiers' ? rankDescending(oriented.map((value) => (value === null ? null : -value)), 'competition') : [];
  let best = NaN;
  let worst = NaN;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    count += 1;
    if (Number.isNaN(best) || (lowerBetter ? value < best : value > best)) best = value;
    if (Number.isNaN(worst) || (lowerBetter ? value > worst : value < worst)) worst = value;
  }
  const context: CrossUnitContext = { ranks, fromBottom, best, worst, count };
  const bestMicros = count > 0 ? toMicros(best) : 0n;
  const worstMicros = count > 0 ? toMicros(worst) : 0n;
  const points = values.map((value, index) => {
    if (value === null) return null;
    switch (rule.kind) {
      case 'rankingTiers':
        return Math.max(0, Math.min(maxPoints, rule.base + tierDelta(rule, ranks[index]!, fromBottom[index]!)));
      case 'frontier':
        return scaledPoints(maxPoints, worstMicros - toMicros(value), worstMicros - bestMicros);
      case 'relativeToBest': {
        const [num, den] = lowerBetter ? [bestMicros, toMicros(value)] : [toMicros(value), bestMicros];
        return den === 0n ? (num === 0n ? maxPoints : 0) : scaledPoints(maxPoints, num, den);
      }
      case 'rankPoints':
        return Math.min(maxPoints, rule.points[ranks[index]! - 1] ?? rule.rest);
    }
  });
  return { points, context };
}

function tierDelta(rule: Extract<ScoringRule, { kind: 'rankingTiers' }>, rank: number, fromBottom: number): number {
  if (rank <= rule.topCount) return rule.topDelta;
  return fromBottom <= rule.bottomCount ? -rule.bottomDelta : 0;
}

/** The reason (扣分原因) for one unit's points on a cross-unit rule, in Chinese. */
export function explainAcrossUnits(rule: CrossUnitRule, points: number, value: number, context: CrossUnitContext, index: number): string {
  const direction = rule.direction === 'lowerBetter' ? '越小越好' : '越大越好';
  switch (rule.kind) {
    case 'rankingTiers': {
      const rank = context.ranks[index]!;
      const delta = tierDelta(rule, rank, context.fromBottom[index]!);
      const tier = delta > 0 ? `前${rule.topCount}名，加 ${fmt(rule.topDelta)}` : delta < 0 ? `后${rule.bottomCount}名，减 ${fmt(rule.bottomDelta)}` : '中间档，得基础分';
      return `测得值 ${value}（${direction}），${context.count} 个单位中排第 ${rank} 名，${tier}：基础分 ${fmt(rule.base)} → ${fmt(points)}`;
    }
    case 'frontier':
      return `前沿距离：最优 ${context.best}，最差 ${context.worst}，本单位 ${value} → ${fmt(points)}`;
    case 'relativeToBest':
      return `按第1名（${context.best}）的比例：${rule.direction === 'lowerBetter' ? `${context.best} ÷ ${value}` : `${value} ÷ ${context.best}`} → ${fmt(points)}`;
    case 'rankPoints':
      return `测得值 ${value}（${direction}），排第 ${context.ranks[index]} 名，得 ${fmt(points)}`;
  }
}
