// Tables in official documents: header row repeated on every page, no row split across pages,
// cells merged down where a column repeats (categories), 小四 仿宋 text.
import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableRow, VerticalAlign, VerticalMergeType, WidthType } from 'docx';
import { FONTS, chineseRun } from './official-layout';

const TABLE_TEXT = 24; // 小四, half-points
/** Exact 18 pt lines in tables (the page's 22-line grid would make rows far too tall). */
const TABLE_LINE = { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function cell(text: string, options: { bold?: boolean; merge?: 'restart' | 'continue'; width: number; center?: boolean }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    ...(options.merge ? { verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: TABLE_LINE, children: [chineseRun(options.merge === 'continue' ? '' : text, { font: options.bold ? FONTS.level1 : FONTS.body, size: TABLE_TEXT })] })],
  });
}

/**
 * A table with a repeating header. Input: headers, column widths in percent, rows of cell texts,
 * and the index of a column whose equal consecutive values are merged vertically (or null).
 */
export function officialTable(headers: string[], widths: number[], rows: string[][], mergeColumn: number | null): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((text, index) => cell(text, { bold: true, width: widths[index] ?? 10, center: true })) });
  const body = rows.map((row, rowIndex) =>
    new TableRow({
      cantSplit: true,
      children: row.map((text, column) => {
        if (column !== mergeColumn) return cell(text, { width: widths[column] ?? 10, center: column === 0 });
        const same = (other: string[] | undefined) => other !== undefined && other[column] === text;
        const continues = same(rows[rowIndex - 1]);
        const starts = !continues && same(rows[rowIndex + 1]);
        return cell(text, { width: widths[column] ?? 10, ...(continues ? { merge: 'continue' as const } : starts ? { merge: 'restart' as const } : {}) });
      }),
    }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}
