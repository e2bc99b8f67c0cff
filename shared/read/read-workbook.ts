// The one way Kaoping opens a workbook from outside with SheetJS: a zip-based file (.xlsx, .et
// saved as xlsx) is unpacked and repacked by fflate first (repack-archive.ts); legacy .xls (BIFF8) and .csv go straight to SheetJS.
import * as XLSX from 'xlsx';
import { isZip, repackArchive } from './repack-archive';
import { ImportError } from './import-error';

/**
 * Input: workbook bytes, the file name, and SheetJS's cellDates (dates as Date). Output: the SheetJS workbook (sheets not yet fitted:
 * read each through fittedSheet). Throws ImportError (zh-CN, naming the file) for a damaged or
 * oversized archive (repackArchive) or bytes SheetJS cannot read.
 */
export function readWorkbook(bytes: Uint8Array, fileName: string, options: { cellDates?: boolean } = {}): XLSX.WorkBook {
  const readable = isZip(bytes) ? repackArchive(bytes, fileName, 'Excel') : bytes;
  try {
    return XLSX.read(readable, { type: 'array', ...options });
  } catch (error) {
    throw new ImportError(fileName, `Excel 文件无法读取（${error instanceof Error ? error.message : String(error)}）。`);
  }
}
