// Automatic backups in the desktop edition live in the app's data folder (userData/backups), out
// of the browser profile, so a damaged profile does not take them along. Each backup is a
// .kaoping package plus a small .json with its time and reason; the newest 14 are kept.
import { join } from 'node:path';
import type { BackupEntry } from '../../shared/ipc/contract';

/** How many backups are kept; older ones are deleted when a new one is taken. */
export const BACKUPS_KEPT = 14;

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
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  /** Writes a backup (complete or not at all: written aside, then renamed) and drops the oldest beyond 14. */
  keep(bytes: Uint8Array, reason: string): Promise<BackupEntry>;
  /** The package bytes of a kept backup. Throws (in Chinese) for an unknown id. */
  read(id: string): Promise<Uint8Array>;
};

/** Backup ids are their UTC times, safe as file names: 2026-11-23T16-33-00-123Z. */
export const BACKUP_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

const idOf = (time: Date): string => time.toISOString().replace(/[:.]/g, '-');

/** The backup folder at `dir` (created on first write). `now` is injectable for tests. */
export function backupFolder(dir: string, fs: FolderFileSystem, now: () => Date = () => new Date()): BackupFolder {
  async function list(): Promise<BackupEntry[]> {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const ids = names.filter((name) => name.endsWith('.json') && BACKUP_ID.test(name.slice(0, -5)) && names.includes(`${name.slice(0, -5)}.kaoping`)).map((name) => name.slice(0, -5));
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
  }
  return {
    list,
    async keep(bytes, reason) {
      await fs.mkdir(dir);
      const newest = (await list())[0];
      // Strictly increasing times keep the order (and what is dropped) right within one millisecond.
      const time = new Date(Math.max(now().getTime(), newest ? Date.parse(newest.createdAt) + 1 : 0));
      const entry: BackupEntry = { id: idOf(time), createdAt: time.toISOString(), reason, size: bytes.byteLength };
      const path = join(dir, `${entry.id}.kaoping`);
      await fs.writeFile(`${path}.partial`, bytes);
      await fs.rename(`${path}.partial`, path);
      await fs.writeFile(join(dir, `${entry.id}.json`), JSON.stringify({ createdAt: entry.createdAt, reason, size: entry.size }));
      for (const old of (await list()).slice(BACKUPS_KEPT)) {
        await fs.rm(join(dir, `${old.id}.json`));
        await fs.rm(join(dir, `${old.id}.kaoping`));
      }
      return entry;
    },
    async read(id) {
      if (!BACKUP_ID.test(id)) throw new Error('备份编号不正确');
      try {
        return await fs.readFile(join(dir, `${id}.kaoping`));
      } catch {
        throw new Error('该备份已不存在。');
      }
    },
  };
}
