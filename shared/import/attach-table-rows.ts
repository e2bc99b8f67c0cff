// Attaches the rows of an annex task table to the body's numbered items by meaning: a blank
// 重点任务 cell is part of a merged cell whose text the extraction may have put on a row above
// or below, so position alone would attach rows to the wrong task.
import { bestCovering, bigramsOf, indexPhrases } from './match-text';
import type { TaskTableRow } from './parse-task-table';

/** A body item rows can attach to: its title and full text. */
export type RowTarget = {
  title: string;
  text: string;
};

/** Below this share of shared bigrams a row is not taken to belong to an item. */
const MIN_MEASURE_COVERAGE = 0.6;
const MIN_TITLE_COVERAGE = 0.7;

/**
 * Decides, for each row, which target it belongs to. Input: rows in table order and the body
 * items (the deepest numbered items). Output: for each row, the index of its target, or -1
 * when none fits and no earlier row gives a position (the caller then makes a task from it).
 * Order of evidence: (1) the row's 改革举措 text found in an item's text; (2) its 重点任务 cell
 * matching an item's title; (3) position — the target of the row above. Rule from task-list annexes whose
 * rows repeat or leave out the 重点任务 cell.
 */
export function matchRowsToTargets(rows: TaskTableRow[], targets: RowTarget[]): number[] {
  const measures = rows.map((row) => bigramsOf(row.measure));
  const tasks = rows.map((row) => (row.task ? bigramsOf(row.task) : null));
  const texts = indexPhrases(
    targets.map((target) => target.text),
    new Set(measures.flatMap((grams) => [...grams])),
  );
  const titles = indexPhrases(
    targets.map((target) => target.title),
    new Set(tasks.flatMap((grams) => [...(grams ?? [])])),
  );
  const result: number[] = [];
  rows.forEach((_, rowIndex) => {
    const byMeasure = bestCovering(measures[rowIndex]!, texts, MIN_MEASURE_COVERAGE);
    const task = tasks[rowIndex];
    const byTitle = task ? bestCovering(task, titles, MIN_TITLE_COVERAGE) : null;
    if (byTitle && (!byMeasure || byMeasure.score < 1 || byTitle.index === byMeasure.index)) {
      result.push(byTitle.index);
    } else if (byMeasure) {
      result.push(byMeasure.index);
    } else {
      result.push(rowIndex > 0 ? (result[rowIndex - 1] ?? -1) : -1);
    }
  });
  return result;
}
