// Office files (.xlsx, .docx) are zip archives. SheetJS's own zip reader never returns on some
// damaged archives (a zip without its end record, junk bytes inserted: found by `npm run fuzz`),
// so an archive from outside is unpacked by fflate — declared sizes checked first (zip bombs),
// damage refused with a message — and packed again without compression for the library to read.
import { unzipSync, zipSync } from 'fflate';

import { ImportError } from './import-error';

/** Limits on what an imported archive may declare, in bytes. */
export const ARCHIVE_LIMITS = { entryBytes: 200 * 1024 * 1024, totalBytes: 500 * 1024 * 1024 } as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a zip archive (local file header "PK\3\4"). */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

/**
 * Unpacks a zip within limits and packs it again. Input: the bytes, the file name and what kind
 * of file it is for the message (Excel, Word). Output: the same entries in a fresh archive with
 * every entry stored (not compressed). Throws ImportError (zh-CN, naming the file, and the entry
 * when one is to blame) for an archive that cannot be read (truncated, damaged), an entry
 * declaring more than `limits.entryBytes`, or entries declaring or holding more than
 * `limits.totalBytes` together — declared sizes are checked before anything is inflated.
 */
export function repackArchive(
  bytes: Uint8Array,
  fileName: string,
  kind: string,
  limits: typeof ARCHIVE_LIMITS = ARCHIVE_LIMITS,
): Uint8Array {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.originalSize > limits.entryBytes)
          throw new ImportError(
            fileName,
            `压缩包条目解压后达 ${(entry.originalSize / 1024 / 1024).toFixed(0)} MB，超过上限，可能是恶意文件。`,
            entry.name,
          );
        total += entry.originalSize;
        if (total > limits.totalBytes) throw new ImportError(fileName, '压缩包解压后总大小超过上限，可能是恶意文件。', entry.name);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      fileName,
      `${kind} 文件已损坏或不完整（压缩结构无法读取：${error instanceof Error ? error.message : String(error)}），请向发送方索取原文件。`,
    );
  }
  const actual = Object.values(files).reduce((sum, file) => sum + file.byteLength, 0);
  if (actual > limits.totalBytes) throw new ImportError(fileName, '压缩包解压后总大小超过上限，可能是恶意文件。');
  return zipSync(files, { level: 0 });
}
