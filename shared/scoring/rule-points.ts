// Points of one unit on one indicator for rules that need no other unit's value.
import type { ScoringRule } from '../domain/indicator-system';
import { formatHundredths } from './exact';
import { scaledPoints, toMicros } from './exact-value';

/** An input as given: points, a count, a measured value, ticked item numbers (1-based) or a level. */
export type InputValue = number | number[];

export type RulePoints = { points: number; reason: string };

const fmt = (hundredths: number): string => `${formatHundredths(hundredths)}分`;

/**
 * Checks an input against what the rule takes. Output: null when valid, else a reason in Chinese.
 * manual: points in [0, max]; deduction/occurrence: a whole count ≥ 0; itemSum: distinct item
 * numbers within the list; levels: 0 (none) … number of levels; value rules: a finite number.
 */
export function checkInput(rule: ScoringRule, maxPoints: number, value: unknown): string | null {
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  switch (rule.kind) {
    case 'manual':
      if (!isNumber) return '应为得分（数字）';
      return value < 0 || Math.round(value * 100) > maxPoints ? `得分 ${value} 超出 0–${formatHundredths(maxPoints)} 分` : null;
    case 'deduction':
    case 'occurrence':
      return isNumber && Number.isInteger(value) && value >= 0 ? null : '应为次数（不小于 0 的整数）';
    case 'itemSum': {
      if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n))) return '应为所选分项序号的数组，如 [1, 3]';
      const bad = value.find((n) => n < 1 || n > rule.items.length);
      if (bad !== undefined) return `分项序号 ${bad} 不在 1–${rule.items.length} 之间`;
      return new Set(value).size === value.length ? null : '分项序号重复';
    }
    case 'levels':
      return isNumber && Number.isInteger(value) && value >= 0 && value <= rule.levels.length ? null : `应为档次序号 0–${rule.levels.length}（0 表示均未达到）`;
    default:
      return isNumber ? null : '应为测得的数值';
  }
}

/**
 * Points for rules scored on one unit alone (all kinds but rankingTiers, frontier, relativeToBest
 * and rankPoints). Input: the rule, the indicator's max points (hundredths), a value already
 * accepted by checkInput. Output: points in hundredths within [0, max] and the reason (扣分原因).
 * Rules: deductions floored at zero; bands take the matching band with the highest lower bound
 * (an edge shared by two bands belongs to the higher one); sums capped at the maximum.
 */
export function pointsForUnit(rule: ScoringRule, maxPoints: number, value: InputValue): RulePoints {
  switch (rule.kind) {
    case 'manual': {
      const points = Math.round((value as number) * 100);
      return { points, reason: `评分 ${fmt(points)}` };
    }
    case 'deduction': {
      const count = value as number;
      const deducted = rule.per * count;
      const points = Math.max(0, Math.min(maxPoints, rule.base) - deducted);
      return { points, reason: count === 0 ? `基础分 ${fmt(rule.base)}，无扣分` : `基础分 ${fmt(rule.base)}，${count} 次 × ${fmt(rule.per)}，扣 ${fmt(Math.min(deducted, rule.base))}${deducted >= rule.base ? '（扣完为止）' : ''}` };
    }
    case 'occurrence': {
      const count = value as number;
      const points = Math.min(maxPoints, rule.per * count);
      return { points, reason: `${count} 次 × ${fmt(rule.per)}${rule.per * count > maxPoints ? `，封顶 ${fmt(maxPoints)}` : ''}` };
    }
    case 'bands': {
      const measured = value as number;
      const matching = rule.bands.filter((band) => inBand(measured, band)).sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity) || b.points - a.points);
      const band = matching[0];
      if (!band) return { points: 0, reason: `测得值 ${measured}，不在任何计分档内` };
      return { points: Math.min(maxPoints, band.points), reason: `测得值 ${measured}，属 ${describeBand(band)} 档，得 ${fmt(band.points)}` };
    }
    case 'proportional': {
      const measured = value as number;
      const points = scaledPoints(maxPoints, toMicros(measured), toMicros(rule.fullValue));
      return { points, reason: `${measured} ÷ ${rule.fullValue} × ${fmt(maxPoints)}` };
    }
    case 'itemSum': {
      const chosen = (value as number[]).map((n) => rule.items[n - 1]!);
      const sum = chosen.reduce((total, item) => total + item.points, 0);
      const points = Math.min(maxPoints, sum);
      return { points, reason: chosen.length === 0 ? '未达到任何分项' : `${chosen.map((item) => `${item.label} ${fmt(item.points)}`).join('；')}${sum > maxPoints ? `，封顶 ${fmt(maxPoints)}` : ''}` };
    }
    case 'levels': {
      const level = value as number;
      const chosen = level === 0 ? null : rule.levels[level - 1]!;
      return chosen ? { points: Math.min(maxPoints, chosen.points), reason: `${chosen.label}，得 ${fmt(chosen.points)}` } : { points: 0, reason: '均未达到' };
    }
    default:
      throw new Error(`${rule.kind} is scored across units`);
  }
}

function inBand(value: number, band: { min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean }): boolean {
  if (band.min !== null && (band.minInclusive ? value < band.min : value <= band.min)) return false;
  if (band.max !== null && (band.maxInclusive ? value > band.max : value >= band.max)) return false;
  return true;
}

function describeBand(band: { min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean }): string {
  const low = band.min === null ? '(−∞' : `${band.minInclusive ? '[' : '('}${band.min}`;
  const high = band.max === null ? '+∞)' : `${band.max}${band.maxInclusive ? ']' : ')'}`;
  return `${low}, ${high}`;
}
