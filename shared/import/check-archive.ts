// Office files (.xlsx, .docx) are zip archives. Before a library inflates one, its central
// directory is read (no data inflated) so that a truncated or damaged archive is refused at once —
// SheetJS spends tens of seconds on a zip without its end record — and declared sizes past the
// limits (zip bombs) are refused before anything is decompressed.
import { unzipSync } from 'fflate';
import { ImportError } from './import-error';

/** Limits on what an imported archive may declare, in bytes. */
export const ARCHIVE_LIMITS = { entryBytes: 200 * 1024 * 1024, totalBytes: 500 * 1024 * 1024 } as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a zip archive (local file header "PK\3\4"). */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

/**
 * Checks a zip's structure and declared sizes without inflating it. Input: the bytes, the file
 * name and what kind of file it is for the message (Excel, Word). Output: nothing when it may be
 * read. Throws ImportError (zh-CN, naming the file, and the entry when one is to blame) for an
 * archive whose central directory cannot be read (truncated, damaged), an entry declaring more
 * than ARCHIVE_LIMITS.entryBytes, or entries declaring more than ARCHIVE_LIMITS.totalBytes together.
 */
export function checkArchive(bytes: Uint8Array, fileName: string, kind: string, limits: typeof ARCHIVE_LIMITS = ARCHIVE_LIMITS): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        if (entry.originalSize > limits.entryBytes) throw new ImportError(fileName, `压缩包条目解压后达 ${(entry.originalSize / 1024 / 1024).toFixed(0)} MB，超过上限，可能是恶意文件。`, entry.name);
        total += entry.originalSize;
        if (total > limits.totalBytes) throw new ImportError(fileName, '压缩包解压后总大小超过上限，可能是恶意文件。', entry.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, `${kind} 文件已损坏或不完整（压缩结构无法读取：${error instanceof Error ? error.message : String(error)}），请向发送方索取原文件。`);
  }
}
