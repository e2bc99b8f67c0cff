// Regular-expression pieces the term recognisers share, built from the lexicon's words.
import { ADD_WORDS, alternation, AWARD_WORDS, DEDUCT_WORDS } from '../../text/lexicon';

/** A written number (after normalisation: half-width digits). */
export const NUM = '(\\d+(?:\\.\\d+)?)';
export const DEDUCT = `(?:${alternation(DEDUCT_WORDS)})`;
export const ADD = `(?:${alternation(ADD_WORDS)})`;
export const AWARD = `(?:${alternation(AWARD_WORDS)})`;
/** Units of a measured gap (个百分点, 天, 个工作日…), captured. */
export const GAP_UNIT = '(个百分点|百分点|%|个工作日|工作日|天|日|小时|分钟|个月|月|年|名|位|项|件|个|次|户|家|亿元|万元|元)?';
/** Counters of occurrences (一例, 一次, 一件…). */
export const COUNTER = '(?:个|例|次|项|件|起|处|家|宗|篇|条|人次|批次|张|份|单)';

/** Points text → hundredths (exact for two decimals). */
export const hundredths = (text: string): number => Math.round(Number(text) * 100);

/** A list of numbers written with 、 / or commas, 分 after each or only the last: "5分、3分、1" → [5, 3, 1]. */
export function numberList(text: string): number[] {
  return text
    .split(/[、/,]/)
    .map((part) => part.replace(/分$/, ''))
    .filter((part) => part !== '')
    .map(Number);
}

/** Whether a clause holds a number or a points word, so that leaving it unread would lose something. */
export function holdsAmount(text: string): boolean {
  return /\d/.test(text) || /(?:得|计|扣|减|加|满|赋|给)分|分值|分\/次/.test(text);
}
