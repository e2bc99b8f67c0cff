// Ranks with ties, in the two conventions Chinese offices use (../shared/docs/domain.md §4).

import type { TieRule } from '../domain/types';

export type { TieRule };

export const TIE_RULE_LABELS: Record<TieRule, string> = {
  competition: '并列占位（1, 2, 2, 4，同 Excel RANK.EQ）',
  dense: '中国式排名（1, 2, 2, 3）',
};

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
