import { t } from '../i18n';
// What a failed action tells the user, in Chinese. Our own errors (ImportError, PackageError …)
// already speak to the user; storage failures from the browser are translated here, so a full
// disk is reported, never swallowed or shown as "QuotaExceededError".

/** Shown when IndexedDB refuses a write for lack of space (the action was rolled back). */
export const quotaMessage = (): string =>
  t('存储空间已满，本次操作没有保存（已保存的数据不受影响）。请在“备份与恢复”中下载一份备份，然后删除不用的佐证材料或清理磁盘空间后重试。');

/** True when the error, or one it wraps (Dexie's `inner`), is the browser's quota error. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner;
  }
  return false;
}

/** The message to show for a failed action. */
export function describeError(error: unknown): string {
  if (isQuotaError(error)) return quotaMessage();
  return error instanceof Error ? error.message : String(error);
}
