// Tables in official documents: header row repeated on every page, no row split across pages,
// cells merged down where a column repeats, 小四 仿宋 text (paragraph style TABLE_TEXT_STYLE).
// Tables are written as WordprocessingML directly — reports can carry hundreds of rows, and the
// docx object tree makes that several times slower — and placed into the packed document by
// pack-official.ts.
import { xmlSafe } from '../../text/safe-text';
import { FONTS, TABLE_TEXT_STYLE, TYPE_AREA_WIDTH } from './official-layout';

/** A table's XML, placed where the document has its placeholder. */
export type RawTable = { kind: 'rawTable'; xml: string };

const BORDER =
  '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>';

/** Cell text as XML: characters XML cannot hold removed (xmlSafe), markup characters escaped. */
function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runs(text: string, properties = ''): string {
  if (!text) return '';
  return text
    .split('\n')
    .map((line, index) => `<w:r>${properties}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

/**
 * A table with a repeating header. Input: headers, column widths in percent of the type area,
 * rows of cell texts, and the index of a column whose equal consecutive values are merged
 * vertically (or null). Output: the table as XML.
 */
export function officialTable(headers: string[], widths: number[], rows: string[][], mergeColumn: number | null): RawTable {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const columns = widths.map((width) => Math.round((TYPE_AREA_WIDTH * width) / total));
  const headerFont = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${FONTS.level1}"/></w:rPr>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${headers
    .map(
      (text, column) =>
        `<w:tc><w:tcPr><w:tcW w:w="${columns[column]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/><w:jc w:val="center"/></w:pPr>${runs(text, headerFont)}</w:p></w:tc>`,
    )
    .join('')}</w:tr>`;
  const body = rows
    .map((row, rowIndex) => {
      const cells = row.map((text, column) => {
        let merge = '';
        let content = text;
        if (column === mergeColumn) {
          const same = (other: string[] | undefined) => other !== undefined && other[column] === text;
          if (same(rows[rowIndex - 1])) {
            merge = '<w:vMerge/>';
            content = '';
          } else if (same(rows[rowIndex + 1])) merge = '<w:vMerge w:val="restart"/>';
        }
        const align = column === 0 ? '<w:jc w:val="center"/>' : '';
        return `<w:tc><w:tcPr><w:tcW w:w="${columns[column]}" w:type="dxa"/>${merge}</w:tcPr><w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/>${align}</w:pPr>${runs(content)}</w:p></w:tc>`;
      });
      return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
    })
    .join('');
  const grid = columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return {
    kind: 'rawTable',
    xml: `<w:tbl><w:tblPr><w:tblW w:w="${TYPE_AREA_WIDTH}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${header}${body}</w:tbl>`,
  };
}
