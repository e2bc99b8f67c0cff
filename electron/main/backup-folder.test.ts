import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupFolder } from './backup-folder';
import { nodeFolderFileSystem } from './node-folder-file-system';

const nodeFs = nodeFolderFileSystem;

const newDir = () => join(mkdtempSync(join(tmpdir(), 'kaoping-backups-')), 'backups');

describe('backupFolder (desktop backups in the app data folder)', () => {
  it('keeps a backup as a package and its details, newest first, and reads it back', async () => {
    const dir = newDir();
    const folder = backupFolder(dir, nodeFs, () => new Date('2026-11-23T08:00:00.000Z'));
    const first = await folder.keep(new Uint8Array([1, 2]), '每日自动备份');
    const second = await folder.keep(new Uint8Array([3]), '导入“洛政办〔2021〕39号.docx”前自动备份');
    expect(first).toEqual({ id: '2026-11-23T08-00-00-000Z', createdAt: '2026-11-23T08:00:00.000Z', reason: '每日自动备份', size: 2 });
    expect(second.createdAt).toBe('2026-11-23T08:00:00.001Z');
    expect((await folder.list()).map((entry) => entry.reason)).toEqual(['导入“洛政办〔2021〕39号.docx”前自动备份', '每日自动备份']);
    expect(await folder.read(first.id)).toEqual(new Uint8Array([1, 2]));
    expect(readdirSync(dir).sort()).toEqual(['2026-11-23T08-00-00-000Z.json', '2026-11-23T08-00-00-000Z.kaoping', '2026-11-23T08-00-00-001Z.json', '2026-11-23T08-00-00-001Z.kaoping']);
  });

  it(`keeps the newest ${BACKUPS_KEPT} and deletes older ones with their files`, async () => {
    const dir = newDir();
    let minute = 0;
    const folder = backupFolder(dir, nodeFs, () => new Date(Date.UTC(2026, 10, 1, 8, minute++)));
    for (let index = 1; index <= BACKUPS_KEPT + 3; index++) await folder.keep(new Uint8Array([index]), `第${index}次`);
    const kept = await folder.list();
    expect(kept.map((entry) => entry.reason)).toEqual(Array.from({ length: BACKUPS_KEPT }, (_, index) => `第${BACKUPS_KEPT + 3 - index}次`));
    expect(readdirSync(dir)).toHaveLength(2 * BACKUPS_KEPT);
  });

  it('ignores a package whose write was cut off, and foreign files, in the list', async () => {
    const dir = newDir();
    const folder = backupFolder(dir, nodeFs, () => new Date('2026-11-23T08:00:00.000Z'));
    await folder.keep(new Uint8Array([1]), '手动备份');
    writeFileSync(join(dir, '2026-11-23T09-00-00-000Z.kaoping.partial'), 'half');
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, '2026-11-23T10-00-00-000Z.json'), '{"createdAt":"2026-11-23T10:00:00.000Z","reason":"无包","size":1}');
    expect((await folder.list()).map((entry) => entry.reason)).toEqual(['手动备份']);
  });

  it('lists nothing before the first backup, and refuses ids that are not backup ids', async () => {
    const folder = backupFolder(newDir(), nodeFs);
    expect(await folder.list()).toEqual([]);
    await expect(folder.read('../../etc/passwd')).rejects.toThrow('备份编号不正确');
    await expect(folder.read('2026-11-23T08-00-00-000Z')).rejects.toThrow('该备份已不存在');
  });
});
