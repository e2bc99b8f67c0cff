// Splitting a normalised 评分标准 into numbered sub-items and clauses. Commas inside brackets and
// quotes stay in their clause (（包括60%，不含70%）); a clause that is only a number (依次得5分，4分，3分)
// joins the clause before it.
import type { Segment } from '../term-spec';
import { hundredths, NUM } from './patterns';

export type ReadSegment = Segment & { points: number | null; text: string };

const NUMBERING = /(?:^|(?<=[。;:]))(?:\(\d+\)|\d+[.、](?!\d)|[一二三四五六七八九十]+、)/g;
const OWN_POINTS = new RegExp(`\\(${NUM}分\\)`);
const TOTAL_CLAUSE = new RegExp(`^(?:共|本项|该项|满分|总分|小计)(?:为)?${NUM}分$`);

function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '“' || char === '【') depth += 1;
    if ((char === ')' || char === '”' || char === '】') && depth > 0) depth -= 1;
    if (depth === 0 && /[,;。:]/.test(char)) {
      clauses.push(current);
      current = '';
    } else current += char;
  }
  clauses.push(current);
  const merged: string[] = [];
  for (const clause of clauses.filter((entry) => entry !== '')) {
    if (/^\d+(?:\.\d+)?分?$/.test(clause) && merged.length > 0 && /\d分?$/.test(merged[merged.length - 1]!))
      merged[merged.length - 1] += `、${clause}`;
    else merged.push(clause);
  }
  return merged;
}

/** Sub-items (split at 1. / (1) / 一、 numbering) with their own 分值 when written ((0.5分), 共1分). */
export function segmentsOf(text: string): ReadSegment[] {
  const starts = [...text.matchAll(NUMBERING)].map((match) => ({ index: match.index, length: match[0].length }));
  const pieces =
    starts.length < 2
      ? [text]
      : [
          text.slice(0, starts[0]!.index),
          ...starts.map((start, i) => text.slice(start.index + start.length, starts[i + 1]?.index ?? text.length)),
        ];
  return pieces
    .filter((piece) => piece.replace(/[。;:,]/g, '') !== '')
    .map((piece) => {
      let points: number | null = null;
      const own = OWN_POINTS.exec(piece);
      const body = own ? piece.replace(OWN_POINTS, '') : piece;
      if (own) points = hundredths(own[1]!);
      const clauses = clausesOf(body).map((clause) => ({ text: clause, used: false }));
      for (const clause of clauses) {
        const total = TOTAL_CLAUSE.exec(clause.text);
        if (total) {
          points = hundredths(total[1]!);
          clause.used = true;
        }
      }
      return { clauses, points, text: piece };
    });
}
