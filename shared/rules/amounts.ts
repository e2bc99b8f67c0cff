// Small helpers the term kinds share: reading inputs, exact ratios, and how amounts are written.
import type { UnitValues } from '../domain/rule-model';
import { formatHundredths } from '../numbers/exact';

/** Hundredths as the rubric writes them: 50 → "0.5", 300 → "3", -25 → "-0.25". */
export function pointsText(hundredths: number): string {
  return formatHundredths(hundredths).replace(/\.?0+$/, '');
}

/** "0.5分" — for read-back sentences. */
export const fen = (hundredths: number): string => `${pointsText(hundredths)}分`;

/** A measured value as written (65, 12.5). */
export const valueText = (value: number): string => String(value);

/** The number an input holds for one unit (0 when absent or not a number). */
export function numberOf(values: UnitValues, input: string): number {
  const value = values[input];
  return typeof value === 'number' ? value : 0;
}

/** The ticked item numbers of an items input. */
export function listOf(values: UnitValues, input: string): number[] {
  const value = values[input];
  return Array.isArray(value) ? value : [];
}

/**
 * amount × numerator ÷ denominator, rounded half-up (on the magnitude), for non-negative
 * numerator and positive denominator; exact on BigInt. Output: hundredths.
 */
export function ratioOf(amount: number, numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n || numerator <= 0n || amount === 0) return 0;
  const product = BigInt(Math.abs(amount)) * numerator;
  const rounded = Number((2n * product + denominator) / (2n * denominator));
  return amount < 0 ? -rounded : rounded;
}

/** Clamps a term's own deduction or bonus to its cap (null: none). */
export const capped = (amount: number, cap: number | null): number => (cap === null ? amount : Math.min(amount, cap));

/** "0.50分" — two decimals, as the reasons (扣分原因) write points. */
export const fen2 = (hundredths: number): string => `${formatHundredths(hundredths)}分`;
