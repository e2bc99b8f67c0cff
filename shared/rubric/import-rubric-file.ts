// The one entry point for importing a scoring rubric (评分细则) from a file.
import type { IndicatorSystem } from '../domain/indicator-system';
import { decodeText } from '../read/decode-text';
import { docxToText } from '../read/docx-to-text';
import { fingerprintOf } from '../read/fingerprint';
import { ImportError, MAX_IMPORT_BYTES } from '../read/import-error';
import { safeName } from '../text/safe-text';
import { buildIndicatorSystem } from './build-indicator-system';
import { readRubricSheet } from './read-rubric-sheet';
import { findRubricTable, type RubricTable } from './rubric-rows';

/**
 * Imports a rubric. Input: file bytes and name — .txt (any encoding decodeText reads, rubric as a
 * tab-separated table, possibly inside a compilation), .docx (Word table), .xlsx/.xls/.et/.csv.
 * Output: the indicator system, ids derived from the file's fingerprint; texts through safeText (in the readers), names through safeName. Throws ImportError
 * (zh-CN, naming the file) for unreadable files, unsupported types and files without a rubric table.
 */
export async function importRubricFile(bytes: Uint8Array, fileName: string): Promise<IndicatorSystem> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(fileName, '文件过大，上限为 50 MB。');
  if (bytes.length === 0) throw new ImportError(fileName, '文件为空，没有可导入的内容。');
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  let table: RubricTable | null;
  if (extension === 'txt' || extension === 'md') table = findRubricTable(decodeText(bytes, fileName).text);
  else if (extension === 'docx') table = findRubricTable(await docxToText(bytes, fileName));
  else if (['xlsx', 'xls', 'et', 'csv', 'xlsm'].includes(extension)) table = readRubricSheet(bytes, fileName);
  else throw new ImportError(fileName, `暂不支持“.${extension || '（无扩展名）'}”格式的评分细则，请选择 .xlsx、.docx 或 .txt 文件。`);
  if (!table || table.rows.length === 0)
    throw new ImportError(fileName, '没有找到评分细则表格（需要含“类别、指标、分值、评分标准”表头的表格）。');
  return buildIndicatorSystem(table.title, withSafeNames(table).rows, `rubric-${await fingerprintOf(bytes)}`);
}

/**
 * The table with its category and indicator names through `safeName` (zero-width and bidi
 * characters removed, so 质量\u200b管理 is 质量管理). Its text already passed `safeText` in the reader.
 */
function withSafeNames(table: RubricTable): RubricTable {
  return {
    ...table,
    rows: table.rows.map((row) => ({ ...row, category: safeName(row.category), nameCells: row.nameCells.map(safeName) })),
  };
}
