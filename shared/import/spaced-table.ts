// Tables typed with spaces: a header row (序号  重点任务  责任单位  完成时限) and rows aligned under it,
// as plain-text copies of a 任务清单 often are. They are turned into tab-separated rows, each cell
// put under the header column it starts nearest to (a Chinese character counts two columns).
import { isTaskTableHeader } from '../text/table-header';

/** Two or more spaces (or an ideographic space) part cells; a single space stays inside a cell. */
const SEGMENT = /[^\s\u3000]+(?: [^\s\u3000]+)*/g;

type Segment = { text: string; column: number };

/**
 * Rewrites space-aligned task tables as tab-separated rows. Input: the decoded text. Output: the
 * same text, where a line whose space-separated cells form a task-table header (isTaskTableHeader)
 * and the non-blank lines after it are joined by tabs, cell by header column; a line holding one
 * cell away from the left margin is a wrapped cell (a row without 序号, joined by the table reader).
 * The table ends at a blank line or a line starting at the margin with one cell. Other lines are
 * unchanged.
 */
export function tabulateSpacedTables(text: string): string {
  if (!/ {2}|\u3000/.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  let header: number[] | null = null;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.includes('\t') || (!header && !/ {2}|\u3000/.test(raw))) {
      header = null;
      continue;
    }
    const segments = segmentsOf(raw);
    if (segments.length >= 3 && isTaskTableHeader(segments.map((segment) => segment.text))) {
      header = segments.map((segment) => segment.column);
      lines[index] = segments.map((segment) => segment.text).join('\t');
      continue;
    }
    if (!header) continue;
    if (segments.length === 0 || (segments.length === 1 && segments[0]!.column === 0)) {
      header = null;
      continue;
    }
    lines[index] = toCells(segments, header).join('\t');
  }
  return lines.join('\n');
}

function segmentsOf(line: string): Segment[] {
  return [...line.matchAll(SEGMENT)].map((match) => ({ text: match[0], column: displayWidth(line.slice(0, match.index)) }));
}

function toCells(segments: Segment[], header: number[]): string[] {
  const cells = header.map(() => '');
  for (const segment of segments) {
    let nearest = 0;
    header.forEach((start, column) => {
      if (Math.abs(start - segment.column) < Math.abs(header[nearest]! - segment.column)) nearest = column;
    });
    cells[nearest] = cells[nearest] ? `${cells[nearest]} ${segment.text}` : segment.text;
  }
  return cells;
}

/** Columns the text takes in a monospaced layout: CJK and full-width characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000]/.test(char) ? 2 : 1;
  return width;
}
