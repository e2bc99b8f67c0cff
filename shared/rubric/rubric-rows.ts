// Finds a rubric table (类别 / 指标 / 分值 / 评分标准) in extracted text and reads its rows as cells,
// whatever the column count: 指标 may span one column or two (group and sub-indicator).
import { toSourceLines } from '../read/source-lines';

/** A row as read: category cell, indicator cells (one or two), points (hundredths) and standard text. */
export type RubricRow = {
  category: string;
  nameCells: string[];
  points: number | null;
  text: string;
  /** 1-based line (text) or row (sheet) in the source. */
  line: number;
};

export type RubricTable = { title: string; rows: RubricRow[]; headerLine: number };

const POINTS_CELL = /^[-−]?\d+(?:\.\d+)?$/;
const HEADER_WORDS = [/类别|一级指标|评价内容/, /指标/, /分值|分数|权重/, /评分标准|评分细则|计分方法|评分方法/];

/** True when the cells are a rubric header row. */
export function isRubricHeader(cells: string[]): boolean {
  const compact = cells.map((cell) => cell.replace(/\s+/g, ''));
  return HEADER_WORDS.every((word) => compact.some((cell) => word.test(cell) && cell.length <= 8));
}

/**
 * Reads the first rubric table of a text. Input: the decoded text. Output: title (the nearest line
 * above the header that names a 评分细则/评分标准/考核 table), rows in order; null when there is none.
 * Lines that repeat three times or more in the file (running page headers) are skipped; the table
 * ends at the first other non-table line after it has rows.
 */
export function findRubricTable(text: string): RubricTable | null {
  const lines = toSourceLines(text);
  const frequency = new Map<string, number>();
  for (const line of lines) if (!line.cells) frequency.set(line.text, (frequency.get(line.text) ?? 0) + 1);
  const headerIndex = lines.findIndex((line) => line.cells !== null && isRubricHeader(line.cells));
  if (headerIndex < 0) return null;
  const header = lines[headerIndex]!;
  const titleLine = lines
    .slice(Math.max(0, headerIndex - 4), headerIndex)
    .reverse()
    .find((line) => !line.cells && /评分细则|评分标准|考核|指标体系|评价/.test(line.text));
  const rows: RubricRow[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (!line.cells) {
      if ((frequency.get(line.text) ?? 0) >= 3) continue;
      if (rows.length > 0) break;
      continue;
    }
    if (isRubricHeader(line.cells)) continue;
    rows.push(rowFromCells(line.cells, line.line));
  }
  return { title: titleLine?.text ?? '评分细则', rows, headerLine: header.line };
}

/** Splits one row's cells into category, indicator cells, points and standard text. */
export function rowFromCells(cells: string[], line: number): RubricRow {
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 1 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  let pointsIndex = -1;
  for (let index = trimmed.length - 1; index >= 1; index--) {
    if (POINTS_CELL.test(trimmed[index]!)) {
      pointsIndex = index;
      break;
    }
  }
  if (pointsIndex > 0) {
    return {
      category: trimmed[0] ?? '',
      nameCells: trimmed.slice(1, pointsIndex),
      points: Math.round(Number(trimmed[pointsIndex]!.replace('−', '-')) * 100),
      text: trimmed.slice(pointsIndex + 1).join(''),
      line,
    };
  }
  const rest = trimmed.slice(1);
  const last = rest[rest.length - 1] ?? '';
  const isText = last.length > 12 || /分/.test(last);
  return { category: trimmed[0] ?? '', nameCells: isText ? rest.slice(0, -1) : rest, points: null, text: isText ? last : '', line };
}
