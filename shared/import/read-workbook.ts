// The one way Kaoping opens a workbook from outside with SheetJS: a zip-based file (.xlsx, .et
// saved as xlsx) has its archive checked first; legacy .xls (BIFF8) and .csv go straight to SheetJS.
import * as XLSX from 'xlsx';
import { checkArchive, isZip } from './check-archive';
import { ImportError } from './import-error';

/**
 * Input: workbook bytes, the file name, and SheetJS's cellDates (dates as Date). Output: the SheetJS workbook (sheets not yet fitted:
 * read each through fittedSheet). Throws ImportError (zh-CN, naming the file) for a damaged or
 * oversized archive (checkArchive) or bytes SheetJS cannot read.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: { cellDates?: boolean } = {}): XLSX.WorkBook {
  if (isZip(bytes)) checkArchive(bytes, fileName, 'Excel');
  try {
    return XLSX.read(bytes, { type: 'array', ...options });
  } catch (error) {
    throw new ImportError(fileName, `Excel 文件无法读取（${error instanceof Error ? error.message : String(error)}）。`);
  }
}
