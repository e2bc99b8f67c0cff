// Numbers typed into the rule editor and the 试算 box, checked as they are typed. Points become
// hundredths (0.5 → 50); measured values stay as written. Errors are Chinese, shown at the field.
import { t } from '../../../i18n';

/**
 * What a field holds: points (hundredths, ≥ 0), signedPoints (hundredths, may be negative), value
 * (any number as written), positive (> 0), rank (whole ≥ 1), count (whole ≥ 0).
 */
export type NumberKind = 'points' | 'signedPoints' | 'value' | 'positive' | 'rank' | 'count';

export type Parsed = { ok: true; value: number | null } | { ok: false; error: string };

const FULL_WIDTH = /[０-９．－]/g;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

const halfWidth = (text: string): string =>
  text.replace(FULL_WIDTH, (char) => (char === '．' ? '.' : char === '－' ? '-' : String.fromCharCode(char.charCodeAt(0) - 0xfee0))).trim();

const decimals = (text: string): number => text.split('.')[1]?.length ?? 0;

const checks: Record<NumberKind, (number: number, text: string) => string | null> = {
  points: (number, text) => (number < 0 ? t('不能为负数') : decimals(text) > 2 ? t('分数最多两位小数') : null),
  signedPoints: (_number, text) => (decimals(text) > 2 ? t('分数最多两位小数') : null),
  value: () => null,
  positive: (number) => (number <= 0 ? t('须大于 0') : null),
  rank: (number) => (!Number.isInteger(number) || number < 1 ? t('须为不小于 1 的整数') : null),
  count: (number) => (!Number.isInteger(number) || number < 0 ? t('须为不小于 0 的整数') : null),
};

/**
 * Reads a typed number. Input: the text (full-width digits accepted), its kind and whether empty
 * is allowed (then null). Output: the value (points in hundredths) or a Chinese error. Pure.
 */
export function parseNumber(text: string, kind: NumberKind, nullable: boolean): Parsed {
  const plain = halfWidth(text);
  if (plain === '') return nullable ? { ok: true, value: null } : { ok: false, error: t('请填写数字') };
  if (!NUMBER.test(plain)) return { ok: false, error: t('“{{text}}”不是数字', { text }) };
  const number = Number(plain);
  const error = checks[kind](number, plain);
  if (error) return { ok: false, error };
  return { ok: true, value: kind === 'points' || kind === 'signedPoints' ? Math.round(number * 100) : number };
}

/** The text a stored number shows in its field (hundredths back to points). */
export function numberText(value: number | null, kind: NumberKind): string {
  if (value === null) return '';
  return kind === 'points' || kind === 'signedPoints' ? String(value / 100) : String(value);
}
