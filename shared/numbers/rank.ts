// Ranks with ties, in the two conventions Chinese offices use (docs/evaluation-methods.md §4).

import type { TieRule } from '../domain/types';

export type { TieRule };

/**
 * Ranks values, higher first. Input: values (integers compare exactly; null = not ranked) and
 * the tie rule. Output: a rank per input position (null for null values); equal values share
 * a rank.
 */
export function rankDescending(values: ReadonlyArray<number | null>, tieRule: TieRule = 'competition'): Array<number | null> {
  const ranked = values
    .map((value, index) => ({ value, index }))
    .filter((entry): entry is { value: number; index: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const ranks: Array<number | null> = values.map(() => null);
  let previous: number | null = null;
  let rank = 0;
  ranked.forEach((entry, position) => {
    if (entry.value !== previous) {
      rank = tieRule === 'competition' ? position + 1 : rank + 1;
      previous = entry.value;
    }
    ranks[entry.index] = rank;
  });
  return ranks;
}
