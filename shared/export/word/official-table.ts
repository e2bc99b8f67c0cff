// Tables in official documents: header row repeated on every page, no row split across pages,
// cells merged down where a column repeats (categories), 小四 仿宋 text. Body cells carry only a
// paragraph style (TABLE_TEXT_STYLE in OFFICIAL_STYLES), so large tables stay small and quick.
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, VerticalMergeType, WidthType } from 'docx';
import { FONTS, TABLE_TEXT_STYLE, TYPE_AREA_WIDTH, chineseRun } from './official-layout';

function textCell(text: string, merge?: 'restart' | 'continue'): TableCell {
  return new TableCell({
    ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    children: [new Paragraph({ style: TABLE_TEXT_STYLE, children: merge === 'continue' ? [] : [new TextRun(text)] })],
  });
}

function headerCell(text: string): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ style: TABLE_TEXT_STYLE, alignment: AlignmentType.CENTER, children: [chineseRun(text, { font: FONTS.level1, size: 24 })] })],
  });
}

/**
 * A table with a repeating header. Input: headers, column widths in percent of the type area,
 * rows of cell texts, and the index of a column whose equal consecutive values are merged
 * vertically (or null).
 */
export function officialTable(headers: string[], widths: number[], rows: string[][], mergeColumn: number | null): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: headers.map(headerCell) });
  const body = rows.map((row, rowIndex) =>
    new TableRow({
      cantSplit: true,
      children: row.map((text, column) => {
        if (column !== mergeColumn) return textCell(text);
        const same = (other: string[] | undefined) => other !== undefined && other[column] === text;
        const continues = same(rows[rowIndex - 1]);
        return textCell(text, continues ? 'continue' : same(rows[rowIndex + 1]) ? 'restart' : undefined);
      }),
    }),
  );
  const total = widths.reduce((sum, width) => sum + width, 0);
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths.map((width) => Math.round((TYPE_AREA_WIDTH * width) / total)),
    rows: [header, ...body],
  });
}
