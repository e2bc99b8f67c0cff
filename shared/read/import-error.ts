// The one error type importers throw: a message in Chinese that names the file and the place;
// and the largest file an importer takes.

/** Largest file accepted by every importer, in bytes (50 MB); a larger one is refused by name. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Raised when a file cannot be imported. `message` is for the user (zh-CN) and always names
 * the file; `place` says where in it (行 12, 表格第 3 行, 文件头…) when that is known.
 */
export class ImportError extends Error {
  readonly fileName: string;
  readonly place: string | null;

  constructor(fileName: string, reason: string, place: string | null = null) {
    super(place ? `无法导入“${fileName}”（${place}）：${reason}` : `无法导入“${fileName}”：${reason}`);
    this.name = 'ImportError';
    this.fileName = fileName;
    this.place = place;
  }
}
