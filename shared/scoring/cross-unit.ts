// Points for rules that compare units: ranking tiers, distance to frontier, proportional to the
// best unit, points by rank. Units without a value are left out of the comparison.
import type { ScoringRule } from '../domain/indicator-system';
import type { TieRule } from '../domain/types';
import { formatHundredths } from './exact';
import { scaledPoints, toMicros } from './exact-value';
import { rankDescending } from './rank';
import type { RulePoints } from './rule-points';

type CrossUnitRule = Extract<ScoringRule, { kind: 'rankingTiers' | 'frontier' | 'relativeToBest' | 'rankPoints' }>;

export function isCrossUnit(rule: ScoringRule): rule is CrossUnitRule {
  return rule.kind === 'rankingTiers' || rule.kind === 'frontier' || rule.kind === 'relativeToBest' || rule.kind === 'rankPoints';
}

const fmt = (hundredths: number): string => `${formatHundredths(hundredths)}分`;

/**
 * Scores every unit with a value. Input: the rule, max points (hundredths), the measured values
 * (null = no value) and the tie rule. Output: points and reason per position (null where no value).
 * Ranking tiers: units ranked in the rule's direction, equal values sharing a rank; rank ≤ N gains
 * the top delta, rank from the bottom ≤ N loses the bottom delta (a unit in both keeps the gain);
 * the others keep the base. Frontier (domain.md §1): max × (worst − x) / (worst − best), mirrored
 * when higher is better, all units full marks when best = worst. Proportional to the best:
 * max × x / best (max × best / x when lower is better). Points by rank: the listed points for
 * ranks 1…n, `rest` below. All results rounded half-up to hundredths and kept within [0, max].
 */
export function pointsAcrossUnits(rule: CrossUnitRule, maxPoints: number, values: Array<number | null>, tieRule: TieRule): Array<RulePoints | null> {
  const lowerBetter = rule.direction === 'lowerBetter';
  const oriented = values.map((value) => (value === null ? null : lowerBetter ? -value : value));
  const ranks = rankDescending(oriented, tieRule);
  const present = values.filter((value): value is number => value !== null);
  const count = present.length;
  const directionLabel = lowerBetter ? '越小越好' : '越大越好';
  switch (rule.kind) {
    case 'rankingTiers': {
      const fromBottom = rankDescending(oriented.map((value) => (value === null ? null : -value)), 'competition');
      return values.map((value, index) => {
        const rank = ranks[index];
        if (value === null || rank === null || rank === undefined) return null;
        const top = rank <= rule.topCount;
        const bottom = !top && (fromBottom[index] ?? Infinity) <= rule.bottomCount;
        const points = Math.max(0, Math.min(maxPoints, rule.base + (top ? rule.topDelta : 0) - (bottom ? rule.bottomDelta : 0)));
        const tier = top ? `前${rule.topCount}名，加 ${fmt(rule.topDelta)}` : bottom ? `后${rule.bottomCount}名，减 ${fmt(rule.bottomDelta)}` : '中间档，得基础分';
        return { points, reason: `测得值 ${value}（${directionLabel}），${count} 个单位中排第 ${rank} 名，${tier}：基础分 ${fmt(rule.base)} → ${fmt(points)}` };
      });
    }
    case 'frontier': {
      const best = lowerBetter ? Math.min(...present) : Math.max(...present);
      const worst = lowerBetter ? Math.max(...present) : Math.min(...present);
      return values.map((value) => {
        if (value === null) return null;
        const points = scaledPoints(maxPoints, toMicros(worst) - toMicros(value), toMicros(worst) - toMicros(best));
        return { points, reason: `前沿距离：最优 ${best}，最差 ${worst}，本单位 ${value} → ${fmt(points)}` };
      });
    }
    case 'relativeToBest': {
      const best = lowerBetter ? Math.min(...present) : Math.max(...present);
      return values.map((value) => {
        if (value === null) return null;
        const [num, den] = lowerBetter ? [toMicros(best), toMicros(value)] : [toMicros(value), toMicros(best)];
        const points = den === 0n ? (num === 0n ? maxPoints : 0) : scaledPoints(maxPoints, num, den);
        return { points, reason: `按第1名（${best}）的比例：${lowerBetter ? `${best} ÷ ${value}` : `${value} ÷ ${best}`} × ${fmt(maxPoints)} → ${fmt(points)}` };
      });
    }
    case 'rankPoints':
      return values.map((value, index) => {
        const rank = ranks[index];
        if (value === null || rank === null || rank === undefined) return null;
        const points = Math.min(maxPoints, rule.points[rank - 1] ?? rule.rest);
        return { points, reason: `测得值 ${value}，排第 ${rank} 名，得 ${fmt(points)}` };
      });
  }
}
