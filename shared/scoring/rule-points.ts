// Points of one unit on one indicator for rules that need no other unit's value.
import type { ScoringRule } from '../domain/indicator-system';
import { formatHundredths } from './exact';
import { scaledPoints, toMicros } from './exact-value';

/** An input as given: points, a count, a measured value, ticked item numbers (1-based) or a level. */
export type InputValue = number | number[];

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
 * accepted by checkInput. Output: points in hundredths within [0, max]. Rules: deductions floored
 * at zero; bands take the matching band with the highest lower bound (an edge shared by two bands
 * belongs to the higher one); sums capped at the maximum; proportional exact, rounded half-up.
 */
export function pointsForUnit(rule: ScoringRule, maxPoints: number, value: InputValue): number {
  switch (rule.kind) {
    case 'manual':
      return Math.round((value as number) * 100);
    case 'deduction':
      return Math.max(0, Math.min(maxPoints, rule.base) - rule.per * (value as number));
    case 'occurrence':
      return Math.min(maxPoints, rule.per * (value as number));
    case 'bands':
      return Math.min(maxPoints, matchingBand(rule.bands, value as number)?.points ?? 0);
    case 'proportional':
      return scaledPoints(maxPoints, toMicros(value as number), toMicros(rule.fullValue));
    case 'itemSum':
      return Math.min(maxPoints, (value as number[]).reduce((total, n) => total + rule.items[n - 1]!.points, 0));
    case 'levels':
      return (value as number) === 0 ? 0 : Math.min(maxPoints, rule.levels[(value as number) - 1]!.points);
    default:
      throw new Error(`${rule.kind} is scored across units`);
  }
}

/** The reason (扣分原因) for pointsForUnit's result, in Chinese. */
export function explainForUnit(rule: ScoringRule, maxPoints: number, value: InputValue): string {
  const points = pointsForUnit(rule, maxPoints, value);
  switch (rule.kind) {
    case 'manual':
      return `评分 ${fmt(points)}`;
    case 'deduction': {
      const count = value as number;
      const deducted = rule.per * count;
      return count === 0 ? `基础分 ${fmt(rule.base)}，无扣分` : `基础分 ${fmt(rule.base)}，${count} 次 × ${fmt(rule.per)}，扣 ${fmt(Math.min(deducted, rule.base))}${deducted >= rule.base ? '（扣完为止）' : ''}`;
    }
    case 'occurrence': {
      const count = value as number;
      return `${count} 次 × ${fmt(rule.per)}${rule.per * count > maxPoints ? `，封顶 ${fmt(maxPoints)}` : ''}`;
    }
    case 'bands': {
      const band = matchingBand(rule.bands, value as number);
      return band ? `测得值 ${String(value)}，属 ${describeBand(band)} 档，得 ${fmt(band.points)}` : `测得值 ${String(value)}，不在任何计分档内`;
    }
    case 'proportional':
      return `${String(value)} ÷ ${rule.fullValue} × ${fmt(maxPoints)} = ${fmt(points)}`;
    case 'itemSum': {
      const chosen = (value as number[]).map((n) => rule.items[n - 1]!);
      const sum = chosen.reduce((total, item) => total + item.points, 0);
      return chosen.length === 0 ? '未达到任何分项' : `${chosen.map((item) => `${item.label} ${fmt(item.points)}`).join('；')}${sum > maxPoints ? `，封顶 ${fmt(maxPoints)}` : ''}`;
    }
    case 'levels': {
      const chosen = (value as number) === 0 ? null : rule.levels[(value as number) - 1]!;
      return chosen ? `${chosen.label}，得 ${fmt(chosen.points)}` : '均未达到';
    }
    default:
      throw new Error(`${rule.kind} is scored across units`);
  }
}

type BandLike = { min: number | null; minInclusive: boolean; max: number | null; maxInclusive: boolean; points: number };

function matchingBand<T extends BandLike>(bands: T[], value: number): T | undefined {
  let best: T | undefined;
  for (const band of bands) {
    if (!inBand(value, band)) continue;
    if (!best || (band.min ?? -Infinity) > (best.min ?? -Infinity) || ((band.min ?? -Infinity) === (best.min ?? -Infinity) && band.points > best.points)) best = band;
  }
  return best;
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
