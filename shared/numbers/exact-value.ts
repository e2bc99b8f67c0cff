// Exact arithmetic on measured values (decimals as written: 12.5 days, 65.25%) for rules that
// divide: values become BigInt micro-units, results are rounded half-up to hundredths of a point.

const SCALE = 1_000_000n;

/** A measured value as an exact integer of millionths. Throws RangeError for non-finite input. */
export function toMicros(value: number): bigint {
  if (!Number.isFinite(value)) throw new RangeError('value must be finite');
  return BigInt(Math.round(value * Number(SCALE)));
}

/** maxPoints (hundredths) × numerator / denominator, rounded half-up, clamped to [0, maxPoints]. */
export function scaledPoints(maxPoints: number, numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) return maxPoints;
  let num = BigInt(maxPoints) * numerator;
  let den = denominator;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (num <= 0n) return 0;
  const rounded = (2n * num + den) / (2n * den);
  return Math.min(maxPoints, Number(rounded));
}
