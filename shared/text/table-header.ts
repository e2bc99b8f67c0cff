// The header row of a 重点任务清单 table: which column each header cell names, by meaning
// (序号, 重点任务, 改革举措, 牵头单位, 责任单位, 完成时限 … in the lexicon's words), not by position.
// Every reader that finds tables (tab-separated text, PDF positions, space-aligned text) asks here.
import { TABLE_HEADERS } from './lexicon';

/** The columns of a task table that carry a meaning of their own. */
export type TableColumn = 'number' | 'area' | 'task' | 'measure' | 'lead' | 'responsible' | 'deadline';

const exactly = (words: readonly string[]) => new RegExp(`^(?:${words.join('|')})$`);

/** Header words per column (lexicon), most specific first. */
const HEADER_MEANINGS: ReadonlyArray<[TableColumn, RegExp]> = [
  ['number', exactly(TABLE_HEADERS.number)],
  ['lead', exactly(TABLE_HEADERS.lead)],
  ['responsible', exactly(TABLE_HEADERS.responsible)],
  ['deadline', exactly(TABLE_HEADERS.deadline)],
  ['area', exactly(TABLE_HEADERS.area)],
  ['measure', exactly(TABLE_HEADERS.measure)],
  ['task', exactly(TABLE_HEADERS.task)],
];

/** True when at least three of the cells name task-table columns (序号, 重点任务, 牵头单位 …). */
export function isTaskTableHeader(cells: string[]): boolean {
  return mapTableHeader(cells) !== null;
}

/**
 * Columns by header meaning. Input: the header row's cells. Output: cell index → column, or null
 * when fewer than three cells name a column. Where several columns describe the work (主要工作 /
 * 具体内容 / 改革举措), they run from broad to specific: the rightmost is the measure, the one
 * before it the task, any further left are groupings the body already states and are not read.
 */
export function mapTableHeader(cells: string[]): Map<number, TableColumn> | null {
  const map = new Map<number, TableColumn>();
  const content: number[] = [];
  cells.forEach((cell, index) => {
    const compact = cell.replace(/\s+/g, '');
    const meaning = HEADER_MEANINGS.find(
      ([column, pattern]) => pattern.test(compact) && (column === 'task' || column === 'measure' || ![...map.values()].includes(column)),
    );
    if (!meaning) return;
    if (meaning[0] === 'task' || meaning[0] === 'measure') content.push(index);
    else map.set(index, meaning[0]);
  });
  const [measure, task] = [content.at(-1), content.at(-2)];
  if (content.length === 1 && measure !== undefined)
    map.set(
      measure,
      HEADER_MEANINGS.find(([column, pattern]) => column === 'measure' && pattern.test(cells[measure]!.replace(/\s+/g, '')))
        ? 'measure'
        : 'task',
    );
  else if (measure !== undefined && task !== undefined) map.set(measure, 'measure').set(task, 'task');
  return map.size >= 3 ? map : null;
}
