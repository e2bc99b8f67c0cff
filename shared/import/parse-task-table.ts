// Reads a 重点任务清单 table (tab-separated text, or rows from a Word/Excel table): columns are
// found by what their header means, not where they stand.
import type { SourceLine } from './source-lines';

export type TaskTableRow = {
  number: string;
  task: string;
  measure: string;
  lead: string;
  responsible: string;
  deadline: string;
  line: number;
};

type Column = Exclude<keyof TaskTableRow, 'line'>;

/** Header words per column, most specific first. */
const HEADER_MEANINGS: ReadonlyArray<[Column, RegExp]> = [
  ['number', /^(?:序号|编号)$/],
  ['lead', /^牵头(?:单位|部门)$/],
  ['responsible', /^(?:责任|配合|承办)(?:单位|部门)$/],
  ['deadline', /^(?:完成)?(?:时限|时间)$|^时间节点$|^完成时限$/],
  ['measure', /^(?:改革举措|具体措施|工作措施|具体内容|主要措施|措施|工作内容|具体要求)$/],
  ['task', /^(?:重点任务|主要任务|工作任务|任务|主要工作|项目名称|项目)$/],
];

export type TaskTable = {
  rows: TaskTableRow[];
  /** Line of the first header row. */
  headerLine: number;
};

/**
 * Finds and reads the first task table among the lines. Input: cleaned lines (table rows carry
 * `cells`). A header row is a row where at least three cells name known columns; later rows
 * equal to it (headers repeated at page breaks) are dropped; a row with no 序号 continues the
 * row above (a row split across a page break) and is joined to it cell by cell.
 * Output: the rows in order, cells trimmed; null when there is no such table.
 */
export function parseTaskTable(lines: SourceLine[]): TaskTable | null {
  let columns: Map<number, Column> | null = null;
  let headerLine = 0;
  const rows: TaskTableRow[] = [];
  for (const line of lines) {
    if (!line.cells) continue;
    const header = mapHeader(line.cells);
    if (header) {
      if (!columns) headerLine = line.line;
      columns ??= header;
      continue;
    }
    if (!columns) continue;
    const row = toRow(line.cells, columns, line.line);
    const previous = rows[rows.length - 1];
    if (!row.number && previous) joinRow(previous, row);
    else rows.push(row);
  }
  return columns ? { rows, headerLine } : null;
}

/** True when at least three of the cells name task-table columns (序号, 重点任务, 牵头单位 …). */
export function isTaskTableHeader(cells: string[]): boolean {
  return mapHeader(cells) !== null;
}

function mapHeader(cells: string[]): Map<number, Column> | null {
  const map = new Map<number, Column>();
  cells.forEach((cell, index) => {
    const compact = cell.replace(/\s+/g, '');
    const meaning = HEADER_MEANINGS.find(([column, pattern]) => pattern.test(compact) && ![...map.values()].includes(column));
    if (meaning) map.set(index, meaning[0]);
  });
  return map.size >= 3 ? map : null;
}

function toRow(cells: string[], columns: Map<number, Column>, line: number): TaskTableRow {
  const row: TaskTableRow = { number: '', task: '', measure: '', lead: '', responsible: '', deadline: '', line };
  columns.forEach((column, index) => {
    row[column] = cells[index] ?? '';
  });
  if (!row.measure && row.task) {
    row.measure = row.task;
  }
  return row;
}

function joinRow(previous: TaskTableRow, continuation: TaskTableRow): void {
  for (const column of ['task', 'measure', 'lead', 'responsible', 'deadline'] as const) {
    if (continuation[column] && continuation[column] !== previous[column]) previous[column] += continuation[column];
  }
}
