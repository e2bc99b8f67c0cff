// The error package reading throws: a Chinese message naming the file and the entry and field.

export class PackageError extends Error {
  readonly fileName: string;
  readonly entry: string | null;

  constructor(fileName: string, reason: string, entry: string | null = null) {
    super(entry ? `无法导入评价包“${fileName}”（${entry}）：${reason}` : `无法导入评价包“${fileName}”：${reason}`);
    this.name = 'PackageError';
    this.fileName = fileName;
    this.entry = entry;
  }
}
