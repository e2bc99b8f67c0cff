// Task tables in a PDF: pdf.js gives only positioned text, so a table is found by its header row
// (序号/重点任务/改革举措/牵头单位/责任单位/完成时限 …, by meaning), and its column edges are the
// vertical gaps that no text of the table crosses (cell padding), found next to each header label.
// Every visual line is then cut into those columns; a cell wrapped over several lines comes out as
// rows without 序号, which the task-table reader joins to the row above.
import { isTaskTableHeader } from '../text/table-header';

/** A piece of text as pdf.js reports it: its string, baseline position and size, in PDF points. */
export type PdfTextPiece = { text: string; x: number; y: number; width: number; height: number };

/** A visual line of a page: its pieces left to right, and its character size in points. */
export type PdfLine = { pieces: PdfTextPiece[]; size: number };

/** A header row: its labels (pieces) left to right, and how far right the table may reach. */
export type PdfTableHeader = { labels: PdfTextPiece[]; left: number; right: number };

const visible = (line: PdfLine) => line.pieces.filter((piece) => piece.text.trim());

/** The header when `line` is a task-table header row (three or more known labels), else null. */
export function tableHeader(line: PdfLine): PdfTableHeader | null {
  const labels = visible(line);
  if (labels.length < 3 || !isTaskTableHeader(labels.map((piece) => piece.text))) return null;
  const last = labels[labels.length - 1]!;
  return { labels, left: labels[0]!.x - 3 * line.size, right: last.x + last.width + 6 * line.size };
}

/** True when the line lies within the table's width (else it is the paragraph after the table). */
export function withinTable(line: PdfLine, header: PdfTableHeader): boolean {
  const pieces = visible(line);
  return pieces.length > 0 && pieces.every((piece) => piece.x >= header.left && piece.x + piece.width <= header.right);
}

/**
 * Left edge of each column, in points. For each label after the first, the edge is the gap no
 * body text crosses nearest to the label's start, searched from the previous label's end to the
 * middle of this label; without such a gap, halfway between the labels.
 */
export function columnEdges(header: PdfTableHeader, body: PdfLine[]): number[] {
  const spans = body.flatMap((line) => visible(line).map((piece) => [piece.x + 0.5, piece.x + piece.width - 0.5] as const));
  const crossed = (x: number) => spans.some(([from, to]) => from <= x && x <= to);
  return header.labels.map((label, index) => {
    if (index === 0) return header.left;
    const previous = header.labels[index - 1]!;
    const from = previous.x + previous.width;
    for (let x = Math.floor(label.x + label.width / 2); x >= from; x--) {
      if (crossed(x)) continue;
      // The middle of the gap: cell padding on both sides.
      let low = x;
      while (low - 1 >= from && !crossed(low - 1)) low--;
      return (low + x) / 2;
    }
    return (from + label.x) / 2;
  });
}

/** The line cut into cells: each piece goes to the column its first character's middle falls in. */
export function tableCells(line: PdfLine, edges: number[]): string[] {
  const cells = edges.map(() => '');
  for (const piece of visible(line)) {
    const anchor = piece.x + Math.min(piece.width, line.size) / 2;
    let column = 0;
    while (column + 1 < edges.length && anchor >= edges[column + 1]!) column++;
    cells[column] += piece.text.trim();
  }
  return cells;
}

/**
 * Header labels set in a narrow column wrap (序/号, 牵头/单位): a line right under the header
 * whose pieces are a few characters without digits is part of the header, not a row.
 */
export function isHeaderContinuation(line: PdfLine): boolean {
  const pieces = visible(line);
  return pieces.length > 0 && pieces.every((piece) => piece.text.trim().length <= 3 && !/\d/.test(piece.text));
}
