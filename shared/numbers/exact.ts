// Exact arithmetic for scores: values are integers in hundredths, rounded half-up (四舍五入).

/**
 * numerator / denominator rounded half-up to the nearest integer, for non-negative integers.
 * Throws RangeError on a zero or negative denominator.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Hundredths as a fixed two-decimal string: 8750 → "87.50". */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const absolute = Math.abs(hundredths);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
