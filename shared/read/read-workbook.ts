// The one way Kaoping opens a workbook from outside with SheetJS: a zip-based file (.xlsx, .et
// saved as xlsx) is unpacked and repacked by fflate first (repack-archive.ts); legacy .xls (BIFF8) and .csv go straight to SheetJS.
import * as XLSX from 'xlsx';

import { safeText } from '../text/safe-text';
import { ImportError } from './import-error';
import { isZip, repackArchive } from './repack-archive';

/**
 * Input: workbook bytes, the file name, and SheetJS's cellDates (dates as Date). Output: the SheetJS workbook, every cell text
 * through safeText (sheets not yet fitted: read each through fittedSheet). Throws ImportError (zh-CN, naming the file) for a damaged or
 * oversized archive (repackArchive) or bytes SheetJS cannot read.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: { cellDates?: boolean } = {}): XLSX.WorkBook {
  const readable = isZip(bytes) ? repackArchive(bytes, fileName, 'Excel') : bytes;
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(readable, { type: 'array', ...options });
  } catch (error) {
    throw new ImportError(fileName, `Excel 文件无法读取（${error instanceof Error ? error.message : String(error)}）。`);
  }
  for (const name of workbook.SheetNames) cleanCellTexts(workbook.Sheets[name]);
  return workbook;
}

/**
 * Every text a reader takes from a cell through the one text-safety step (safeText): the value of
 * a text cell and the formatted text of any cell. Excel carries control characters as _x000B_
 * escapes, which SheetJS decodes; they end here.
 */
function cleanCellTexts(sheet: XLSX.WorkSheet | undefined): void {
  if (!sheet) return;
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    const entry = cell as XLSX.CellObject;
    if (typeof entry.v === 'string') entry.v = safeText(entry.v);
    if (typeof entry.w === 'string') entry.w = safeText(entry.w);
  }
}
