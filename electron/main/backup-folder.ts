// Automatic backups in the desktop edition live in the app's data folder (userData/backups), out
// of the browser profile, so a damaged profile does not take them along. Each backup is a
// .kaoping package plus a small .json with its time and reason; the newest 14 are kept. Apart
// from that rotating set, main keeps the first backup of each day in backups/daily for 30 days:
// the renderer can only add backups, so even a renderer that pushes backups in a loop cannot
// rotate away more than the rotating set — the daily ones go only as calendar days pass.
import { join } from 'node:path';

import type { BackupEntry } from '#shared/ipc/contract';

/** How many backups are kept; older ones are deleted when a new one is taken. */
export const BACKUPS_KEPT = 14;
/** How many days of daily backups (the first backup of each day) main keeps apart from the rotating set. */
export const DAILY_DAYS_KEPT = 30;
/** The daily backups' folder, inside the backup folder. */
export const DAILY_FOLDER = 'daily';

/** The file operations the folder needs (node:fs/promises in the app, the same in tests). */
export type FolderFileSystem = {
  mkdir(path: string): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
};

export type BackupFolder = {
  /** Rotating and daily backups, newest first (a daily backup still in the rotating set once). */
  list(): Promise<BackupEntry[]>;
  /**
   * Writes a backup (complete or not at all: written aside, then renamed) and drops the oldest beyond 14.
   * The first backup of a (local) day is also kept as that day's daily backup; days beyond the
   * newest 30 are dropped then.
   */
  keep(bytes: Uint8Array, reason: string): Promise<BackupEntry>;
  /** The package bytes of a kept backup, rotating or daily. Throws (in Chinese) for an unknown id. */
  read(id: string): Promise<Uint8Array>;
};

/** Backup ids are their UTC times, safe as file names: 2026-11-23T16-33-00-123Z. */
export const BACKUP_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

const idOf = (time: Date): string => time.toISOString().replace(/[:.]/g, '-');

/** The local calendar day of an ISO time, YYYY-MM-DD. */
const dayOf = (iso: string): string => {
  const time = new Date(iso);
  return `${time.getFullYear()}-${String(time.getMonth() + 1).padStart(2, '0')}-${String(time.getDate()).padStart(2, '0')}`;
};

/** The backups kept in one folder (package + .json sidecar each): listing, writing, pruning. */
function backupSet(dir: string, fs: FolderFileSystem) {
  return {
    dir,
    async list(): Promise<BackupEntry[]> {
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      const ids = names
        .filter((name) => name.endsWith('.json') && BACKUP_ID.test(name.slice(0, -5)) && names.includes(`${name.slice(0, -5)}.kaoping`))
        .map((name) => name.slice(0, -5));
      const entries: BackupEntry[] = [];
      for (const id of ids) {
        try {
          const meta = JSON.parse(new TextDecoder().decode(await fs.readFile(join(dir, `${id}.json`)))) as Omit<BackupEntry, 'id'>;
          entries.push({ id, createdAt: String(meta.createdAt), reason: String(meta.reason), size: Number(meta.size) });
        } catch {
          // A sidecar that cannot be read is skipped: its package stays on disk for the user to find.
        }
      }
      return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async write(entry: BackupEntry, bytes: Uint8Array): Promise<void> {
      await fs.mkdir(dir);
      const path = join(dir, `${entry.id}.kaoping`);
      await fs.writeFile(`${path}.partial`, bytes);
      await fs.rename(`${path}.partial`, path);
      await fs.writeFile(
        join(dir, `${entry.id}.json`),
        JSON.stringify({ createdAt: entry.createdAt, reason: entry.reason, size: entry.size }),
      );
    },
    async remove(entries: BackupEntry[]): Promise<void> {
      for (const old of entries) {
        await fs.rm(join(dir, `${old.id}.json`));
        await fs.rm(join(dir, `${old.id}.kaoping`));
      }
    },
  };
}

/** The backup folder at `dir` (created on first write), its daily backups in `dir/daily`. `now` is injectable for tests. */
export function backupFolder(dir: string, fs: FolderFileSystem, now: () => Date = () => new Date()): BackupFolder {
  const rotating = backupSet(dir, fs);
  const daily = backupSet(join(dir, DAILY_FOLDER), fs);
  async function keepDaily(entry: BackupEntry, bytes: Uint8Array): Promise<void> {
    const dailies = await daily.list();
    if (dailies.some((kept) => dayOf(kept.createdAt) === dayOf(entry.createdAt))) return;
    await daily.write(entry, bytes);
    await daily.remove((await daily.list()).slice(DAILY_DAYS_KEPT));
  }
  return {
    async list() {
      const [recent, days] = await Promise.all([rotating.list(), daily.list()]);
      const ids = new Set(recent.map((entry) => entry.id));
      return [...recent, ...days.filter((entry) => !ids.has(entry.id))].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async keep(bytes, reason) {
      const newest = (await rotating.list())[0];
      // Strictly increasing times keep the order (and what is dropped) right within one millisecond.
      const time = new Date(Math.max(now().getTime(), newest ? Date.parse(newest.createdAt) + 1 : 0));
      const entry: BackupEntry = { id: idOf(time), createdAt: time.toISOString(), reason, size: bytes.byteLength };
      await rotating.write(entry, bytes);
      await keepDaily(entry, bytes);
      await rotating.remove((await rotating.list()).slice(BACKUPS_KEPT));
      return entry;
    },
    async read(id) {
      if (!BACKUP_ID.test(id)) throw new Error('备份编号不正确');
      for (const set of [rotating, daily]) {
        try {
          return await fs.readFile(join(set.dir, `${id}.kaoping`));
        } catch {
          // not in this set: look in the next
        }
      }
      throw new Error('该备份已不存在。');
    },
  };
}
