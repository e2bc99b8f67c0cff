// A document's annex (附件): where it begins, and which of its lines no task-table row took — the
// lines the user is shown as unparsed so that nothing is lost silently.
import type { UnparsedLine } from '../domain/types';
import { ANNEX_HEADING, compactText, DATE_ONLY_LINE, type SourceLine } from '../read/source-lines';
import type { DocumentMetadata } from './parse-metadata';
import { isNumberedLine } from './parse-outline';
import type { TaskTable } from './parse-task-table';

/** 版记 and 落款 lines after a table (GB/T 9704 §9): 抄送, 主办, 督办, …印发, the date. */
const RECORD_LINE = /^(?:抄送|主办|督办|承办|联系人|联系电话|发送)[：:]|印发$/;

/**
 * Index in `lines` where the annex table begins: at its 附件 heading when no numbered line stands
 * between that heading and the table, else at the table's first row; -1 when there is no table.
 * A plan issued as the notice's 附件 without a table (004: 全省…工作方案) thus stays in the body.
 */
export function annexStartOf(lines: SourceLine[]): number {
  const firstRow = lines.findIndex((line) => line.cells !== null);
  if (firstRow < 0) return -1;
  for (let index = firstRow - 1; index >= 0 && !isNumberedLine(lines[index]!.text); index--) {
    if (ANNEX_HEADING.test(lines[index]!.text)) return index;
  }
  return firstRow;
}

/**
 * The annex lines that carry no item. Input: the annex's lines, its task table (null when none
 * was recognised) and the document's metadata. Output: table rows outside the table (or all rows
 * when no header was found) and paragraphs, in file order — except the 附件 heading, the table's
 * caption (the lines just before its header), 版记/落款 lines, lines that repeat the title, issuer
 * or 文号, and running page headers (a paragraph met twice or more).
 */
export function annexLeftovers(annexLines: SourceLine[], table: TaskTable | null, metadata: DocumentMetadata): UnparsedLine[] {
  const known = new Set([metadata.title, metadata.issuer, metadata.docNumber].flatMap((value) => (value ? [compactText(value)] : [])));
  const seen = new Map<string, number>();
  for (const line of annexLines) if (!line.cells) seen.set(compactText(line.text), (seen.get(compactText(line.text)) ?? 0) + 1);
  const caption = captionLines(annexLines, table);
  return annexLines
    .filter((line) => {
      if (caption.has(line.line)) return false;
      if (line.cells) return table === null || line.line < table.headerLine || line.line > table.lastLine;
      const compact = compactText(line.text);
      // A line met twice or more in the annex is a running page header (…政策汇编（2023）).
      return (
        !ANNEX_HEADING.test(line.text) &&
        !RECORD_LINE.test(line.text) &&
        !DATE_ONLY_LINE.test(line.text) &&
        !known.has(compact) &&
        (seen.get(compact) ?? 0) < 2
      );
    })
    .map(({ line, text }) => ({ line, text }));
}

/** The table's caption: the lines (one cell at most) between the 附件 heading and the header row. */
function captionLines(annexLines: SourceLine[], table: TaskTable | null): Set<number> {
  const caption = new Set<number>();
  if (!table) return caption;
  const header = annexLines.findIndex((line) => line.line === table.headerLine);
  for (let index = header - 1; index >= 0; index--) {
    const line = annexLines[index]!;
    if (ANNEX_HEADING.test(line.text) || (line.cells ?? [line.text]).filter(Boolean).length > 1) break;
    caption.add(line.line);
  }
  return caption;
}
