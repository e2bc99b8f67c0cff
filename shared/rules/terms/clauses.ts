// Helpers for recognisers: match unused clauses of a segment and mark what they consume.
import type { Clause, Segment } from '../term-spec';

/** Each unused clause matching the pattern, with its index and match. */
export function matching(segment: Segment, pattern: RegExp): Array<{ index: number; clause: Clause; match: RegExpExecArray }> {
  const found: Array<{ index: number; clause: Clause; match: RegExpExecArray }> = [];
  segment.clauses.forEach((clause, index) => {
    if (clause.used) return;
    const match = pattern.exec(clause.text);
    if (match) found.push({ index, clause, match });
  });
  return found;
}

/** Marks clauses as consumed. */
export function consume(segment: Segment, ...indexes: number[]): void {
  for (const index of indexes) segment.clauses[index]!.used = true;
}

/** Unused clauses with no number and no points word that only say how to rank or what is measured. */
export function consumeWordsOnly(segment: Segment, pattern: RegExp): void {
  segment.clauses.forEach((clause) => {
    if (!clause.used && !/\d/.test(clause.text) && pattern.test(clause.text)) clause.used = true;
  });
}
