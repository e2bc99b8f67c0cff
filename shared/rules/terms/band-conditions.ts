// The numeric condition of a band as rubrics write it, and back: 60%-70%（包括60%，不含70%）,
// 16种以上22种以下, 低于50%, 超过90%, 5天以内（含）.
import type { Band } from '../../domain/indicator-system';
import { valueText } from '../amounts';
import { NUM } from '../reader/patterns';

export type BandEdges = Omit<Band, 'points'>;

const NOTE = /\(([^)]*)\)/;
const NOTES = /\([^)]*\)/g;
const INCLUDING = new RegExp(`(?<!不)(?:包括|含)${NUM}`, 'g');
const EXCLUDING = new RegExp(`(?:不含|不包括)${NUM}`, 'g');
const RANGE = new RegExp(`${NUM}[^\\d至到~～—-]{0,4}[-—~～至到]${NUM}`);
const BETWEEN = new RegExp(`${NUM}[^\\d]{0,3}以上${NUM}[^\\d]{0,3}以下`);
const BELOW_WORD = new RegExp(`(低于|少于|小于|不足|不超过|不高于|未达到|未达)${NUM}`);
const BELOW_SUFFIX = new RegExp(`${NUM}[^\\d以及]{0,3}(?:及)?(?:以下|以内)`);
const ABOVE_WORD = new RegExp(`(超过|高于|大于|达到|不低于|不少于|为)${NUM}`);
const ABOVE_SUFFIX = new RegExp(`${NUM}[^\\d以及]{0,3}(?:及)?以上`);

/** The band a condition describes, or null when it names no number. */
export function conditionOf(condition: string): BandEdges | null {
  const note = NOTE.exec(condition)?.[1] ?? '';
  const including = [...note.matchAll(INCLUDING)].map((m) => Number(m[1]));
  const excluding = [...note.matchAll(EXCLUDING)].map((m) => Number(m[1]));
  const bare = /^(?:含|包括|包含)$/.test(note) ? true : /^(?:不含|不包括)$/.test(note) ? false : null;
  const inclusive = (bound: number, fallback: boolean): boolean =>
    including.includes(bound) ? true : excluding.includes(bound) ? false : (bare ?? fallback);
  const body = condition.replace(NOTES, '');
  const range = RANGE.exec(body);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    const upperOnly = including.includes(max) && !including.includes(min) && !excluding.includes(min);
    return {
      min,
      minInclusive: !upperOnly && (including.includes(min) || !excluding.includes(min)),
      max,
      maxInclusive: including.includes(max) || (bare === true && !excluding.includes(max)),
    };
  }
  const between = BETWEEN.exec(body);
  if (between) {
    const [min, max] = [Number(between[1]), Number(between[2])];
    return { min, minInclusive: inclusive(min, true), max, maxInclusive: inclusive(max, true) };
  }
  const belowWord = BELOW_WORD.exec(body);
  const belowSuffix = BELOW_SUFFIX.exec(body);
  if (belowWord || belowSuffix) {
    const max = Number((belowWord?.[2] ?? belowSuffix?.[1])!);
    const strict = belowWord !== null && /低于|少于|小于|不足|未达/.test(belowWord[1]!);
    return { min: null, minInclusive: true, max, maxInclusive: inclusive(max, !strict) };
  }
  const aboveWord = ABOVE_WORD.exec(body);
  const aboveSuffix = ABOVE_SUFFIX.exec(body);
  if (aboveWord || aboveSuffix) {
    const min = Number((aboveSuffix?.[1] ?? aboveWord?.[2])!);
    const strict = aboveSuffix === null && /超过|高于|大于/.test(aboveWord![1]!);
    return { min, minInclusive: inclusive(min, !strict), max: null, maxInclusive: true };
  }
  return null;
}

/** The canonical wording of a band's edges, read back by conditionOf into the same edges. */
export function conditionText(band: BandEdges): string {
  const { min, max } = band;
  if (min !== null && max !== null) {
    return `${valueText(min)}至${valueText(max)}（${band.minInclusive ? '含' : '不含'}${valueText(min)}，${band.maxInclusive ? '含' : '不含'}${valueText(max)}）`;
  }
  if (min !== null) return band.minInclusive ? `${valueText(min)}及以上` : `高于${valueText(min)}`;
  if (max !== null) return band.maxInclusive ? `${valueText(max)}及以下` : `低于${valueText(max)}`;
  return '';
}

/** Whether a value falls in a band. */
export function inBand(value: number, band: BandEdges): boolean {
  if (band.min !== null && (band.minInclusive ? value < band.min : value <= band.min)) return false;
  if (band.max !== null && (band.maxInclusive ? value > band.max : value >= band.max)) return false;
  return true;
}

/** The band a value falls in: the matching band with the highest lower bound (a shared edge belongs to the higher band). */
export function matchingBand<T extends Band>(bands: readonly T[], value: number): T | undefined {
  let best: T | undefined;
  for (const band of bands) {
    if (!inBand(value, band)) continue;
    const low = band.min ?? -Infinity;
    const bestLow = best?.min ?? -Infinity;
    if (!best || low > bestLow || (low === bestLow && band.points > best.points)) best = band;
  }
  return best;
}

/**
 * Reach thresholds as disjoint bands: 达到60%得1分，达到70%得1.5分 → [60, 70) 1分, [70, ∞) 1.5分;
 * 5天以内得3分，10天以内得2分 → (−∞, 5] 3分, (5, 10] 2分. Bands already closed are kept.
 */
export function disjointBands(bands: readonly Band[]): Band[] {
  const upward = bands.every((band) => band.min !== null && band.max === null);
  const downward = bands.every((band) => band.max !== null && band.min === null);
  if (bands.length < 2 || (!upward && !downward)) return [...bands];
  if (upward) {
    const sorted = [...bands].sort((a, b) => a.min! - b.min!);
    return sorted.map((band, i) =>
      i === sorted.length - 1 ? band : { ...band, max: sorted[i + 1]!.min, maxInclusive: !sorted[i + 1]!.minInclusive },
    );
  }
  const sorted = [...bands].sort((a, b) => a.max! - b.max!);
  return sorted.map((band, i) => (i === 0 ? band : { ...band, min: sorted[i - 1]!.max, minInclusive: !sorted[i - 1]!.maxInclusive }));
}

/** Gaps and overlaps between bands ordered by their lower edge, in Chinese. */
export function bandProblems(bands: readonly Band[]): string[] {
  const sorted = [...bands].sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [low, high] = [sorted[i - 1]!, sorted[i]!];
    if (low.max === null || high.min === null) {
      if (low.max === null && high.min !== null) problems.push(`分档“${conditionText(low)}”与“${conditionText(high)}”重叠`);
      continue;
    }
    if (low.max > high.min) problems.push(`分档“${conditionText(low)}”与“${conditionText(high)}”重叠`);
    else if (low.max < high.min || (!low.maxInclusive && !high.minInclusive))
      problems.push(`分档“${conditionText(low)}”与“${conditionText(high)}”之间有空档`);
  }
  return problems;
}
