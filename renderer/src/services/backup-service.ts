// Data safety as the user sees it: automatic backups (daily, before imports, merges and restores),
// manual backups, restore (itself reversible), storage persistence and quota.
import dayjs from 'dayjs';

import type { PackageData } from '#shared/exchange/package-format';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';
import type { BackupEntry } from '#shared/ipc/contract';

import { APP_VERSION } from '../app/version';
import { collectBeforeUpgrade, collectEverything, databaseBackups, restoreEverything } from '../db/backup-repository';
import { db } from '../db/connection';
import { SCHEMA_VERSION } from '../db/schema-history';
import { t } from '../i18n';
import { platform } from '../platform';
import type { BackupShelf } from '../platform/platform';
import { clearUndo } from './undo-service';

/** Desktop: the app's data folder; browser: the database. */
const shelf = (): BackupShelf => platform.backupFolder ?? databaseBackups(db);

const listeners = new Set<() => void>();

/** Calls `listener` after every new backup; returns the unsubscribe function. */
export function onBackupsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The kept backups, newest first. */
export function listBackups(): Promise<BackupEntry[]> {
  return shelf().list();
}

/** Where the backups are kept, for the user. */
/** Where backups are kept, in the interface language. */
export const backupLocation = (): string => (platform.backupFolder ? t('本机应用数据文件夹中的 backups 目录') : t('本浏览器的数据中'));

async function packageAll(createdBy: string, data?: PackageData): Promise<Uint8Array> {
  return buildPackage(data ?? (await collectEverything(db)), {
    appVersion: APP_VERSION,
    createdBy,
    createdAt: new Date().toISOString(),
    scope: { kind: 'backup', description: t('全部数据备份') },
  });
}

/**
 * Opens the database at start-up. When it is at an older schema version, its data is read as it
 * is first and kept as a backup once the upgrade has run (the browser's backup table exists only
 * after it). A failed upgrade leaves the old database untouched, and the error is thrown.
 */
export async function openDatabaseWithUpgradeBackup(): Promise<void> {
  const before = await collectBeforeUpgrade(db.name);
  await db.open();
  if (!before) return;
  await shelf().keep(
    await packageAll('', before.data),
    t('数据库升级（v{{version}}→v{{SCHEMA_VERSION}}）前自动备份', { version: before.version, SCHEMA_VERSION: SCHEMA_VERSION }),
  );
  for (const listener of listeners) listener();
}

/** Takes a backup now and keeps it (the last 14 are kept). */
export async function backupNow(reason: string, by = ''): Promise<void> {
  await shelf().keep(await packageAll(by), reason);
  for (const listener of listeners) listener();
}

/** Takes the daily backup if the newest one is older than a day. Returns true when one was taken. */
export async function dailyBackupIfDue(): Promise<boolean> {
  const [newest] = await shelf().list();
  if (newest && dayjs().diff(dayjs(newest.createdAt), 'hour') < 24) return false;
  if ((await db.units.count()) + (await db.documents.count()) + (await db.indicatorSystems.count()) === 0) return false;
  await backupNow(t('每日自动备份'));
  return true;
}

/** Saves a backup as a file outside the app (download or save dialog). */
export async function saveBackupFile(backupId?: string): Promise<boolean> {
  const bytes = backupId ? await shelf().read(backupId) : await packageAll('');
  return platform.saveFile(t('考评数据备份-{{format}}.kaoping', { format: dayjs().format('YYYYMMDD-HHmm') }), bytes);
}

/** Restores a kept backup, taking a backup of the current data first (so the restore can be undone). */
export async function restoreBackup(backupId: string): Promise<void> {
  const { data } = await readPackage(await shelf().read(backupId), t('所选备份'));
  await backupNow(t('恢复前自动备份'));
  await restoreEverything(db, data);
  clearUndo(); // the restored records replace what 撤销 would restore
}

/** Restores from a .kaoping backup file; null when the user cancels. Refuses non-backup packages. */
export async function restoreFromFile(): Promise<boolean> {
  const file = await platform.openFile([{ name: t('考评数据备份（.kaoping）'), extensions: ['kaoping'] }]);
  if (!file) return false;
  const { manifest, data } = await readPackage(file.bytes, file.name);
  if (manifest.scope.kind !== 'backup')
    throw new Error(t('“{{name}}”是评价包，不是全部数据备份；请在“评价批次”中用“导入评价包”合并它。', { name: file.name }));
  await backupNow(t('恢复前自动备份'));
  await restoreEverything(db, data);
  clearUndo();
  return true;
}

export type StorageState = { persisted: boolean; usage: number; quota: number };

/** Asks the browser to keep the data (not evict it under storage pressure) and reads the quota. */
export async function checkStorage(): Promise<StorageState> {
  const storage = navigator.storage;
  const persisted = storage?.persist ? await storage.persist().catch(() => false) : false;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  return { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
}
