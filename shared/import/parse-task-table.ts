// Reads a 重点任务清单 table (tab-separated text, or rows from a Word/Excel table): columns are
// found by what their header means, not where they stand.
import { ANNEX_HEADING, type SourceLine } from '../read/source-lines';
import { mapTableHeader, type TableColumn } from '../text/table-header';

export type TaskTableRow = {
  number: string;
  /** The grouping column (工作领域, 类别…): the 章节 the row sits under; '' when the table has none. */
  area: string;
  task: string;
  measure: string;
  lead: string;
  responsible: string;
  deadline: string;
  line: number;
  /** Cells of columns with no meaning of their own (优化前, 优化后, 压缩比例…), labelled by their header. */
  details: TableDetail[];
};

/** One further column of a task-table row: its header and the row's cell. */
export type TableDetail = { label: string; value: string };

/** A cell that says "nothing here": —, －, /, 无. */
const EMPTY_CELL = /^(?:[—–\-－/／]+|无)$/;

export type TaskTable = {
  rows: TaskTableRow[];
  /** Line of the first header row. */
  headerLine: number;
  /** Line of the last row the table took (the next 附件 heading or another table ends it). */
  lastLine: number;
};

/** A measure cell that opens with its own number: （1） (1) 1. 1、 — the number is the row's 序号. */
const MEASURE_NUMBER = /^\s*(?:[（(]\s*(\d{1,3})\s*[）)]|(\d{1,3})\s*[.．、](?![\d.．]))/;

/**
 * Finds and reads the first task table among the lines. Input: cleaned lines (table rows carry
 * `cells`). A header row is a row where at least three cells name known columns; later rows
 * equal to it (headers repeated at page breaks) are dropped; paragraphs between rows (running
 * page headers) are skipped; a 附件 heading ends the table. Rows are numbered by the 序号 column,
 * or — in a ledger without one (004: 主要工作/具体内容/改革举措) — by the number the measure cell
 * opens with. A row without a number continues the row above (a row split across a page break,
 * owners on a line of their own) and is joined to it cell by cell; in a table without numbers at
 * all, only a row with an empty measure cell continues.
 * Columns no meaning is known for are kept with each row as labelled details.
 * Output: the rows in order, cells trimmed; null when there is no such table.
 */
export function parseTaskTable(lines: SourceLine[]): TaskTable | null {
  let columns: Map<number, TableColumn> | null = null;
  let labels: string[] = [];
  let headerLine = 0;
  let lastLine = 0;
  const raw: TaskTableRow[] = [];
  for (const line of lines) {
    if (!line.cells) {
      if (columns && ANNEX_HEADING.test(line.text)) break;
      continue;
    }
    const header = mapTableHeader(line.cells);
    if (header) {
      if (!columns) [headerLine, labels] = [line.line, line.cells];
      columns ??= header;
      lastLine = line.line;
      continue;
    }
    if (!columns) continue;
    raw.push(toRow(line.cells, columns, labels, line.line));
    lastLine = line.line;
  }
  if (!columns) return null;
  const numbered =
    [...columns.values()].includes('number') ||
    raw.filter((row) => row.measure && MEASURE_NUMBER.test(row.measure)).length * 2 >= raw.filter((row) => row.measure).length;
  const rows: TaskTableRow[] = [];
  for (const row of raw) {
    if (!row.number && MEASURE_NUMBER.test(row.measure)) {
      const match = MEASURE_NUMBER.exec(row.measure)!;
      row.number = match[1] ?? match[2] ?? '';
    }
    const previous = rows[rows.length - 1];
    const continues = previous !== undefined && (numbered ? !row.number : !row.measure);
    if (continues) joinRow(previous, row);
    else rows.push(previous && !row.area ? { ...row, area: previous.area } : row);
  }
  return { rows, headerLine, lastLine };
}

function toRow(cells: string[], columns: Map<number, TableColumn>, labels: string[], line: number): TaskTableRow {
  const row: TaskTableRow = { number: '', area: '', task: '', measure: '', lead: '', responsible: '', deadline: '', line, details: [] };
  columns.forEach((column, index) => {
    const cell = cells[index] ?? '';
    row[column] = EMPTY_CELL.test(cell) ? '' : cell;
  });
  // A grouping column with no 重点任务 column beside it names the 重点任务 its rows make up.
  if (![...columns.values()].includes('task') && row.area) [row.task, row.area] = [row.area, ''];
  labels.forEach((label, index) => {
    const value = cells[index] ?? '';
    if (label && value && !columns.has(index)) row.details.push({ label, value });
  });
  if (!row.measure && row.task) {
    row.measure = row.task;
  }
  return row;
}

function joinRow(previous: TaskTableRow, continuation: TaskTableRow): void {
  for (const column of ['area', 'task', 'measure', 'lead', 'responsible', 'deadline'] as const) {
    if (continuation[column] && continuation[column] !== previous[column]) previous[column] += continuation[column];
  }
  for (const detail of continuation.details) {
    const same = previous.details.find((candidate) => candidate.label === detail.label);
    if (!same) previous.details.push(detail);
    else if (same.value !== detail.value) same.value += detail.value;
  }
}
