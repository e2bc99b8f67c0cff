import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { backupFolder, BACKUPS_KEPT, DAILY_DAYS_KEPT } from './backup-folder';
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
    expect(readdirSync(dir).sort()).toEqual([
      '2026-11-23T08-00-00-000Z.json',
      '2026-11-23T08-00-00-000Z.kaoping',
      '2026-11-23T08-00-00-001Z.json',
      '2026-11-23T08-00-00-001Z.kaoping',
      'daily',
    ]);
    // The day's first backup is also that day's daily backup.
    expect(readdirSync(join(dir, 'daily')).sort()).toEqual(['2026-11-23T08-00-00-000Z.json', '2026-11-23T08-00-00-000Z.kaoping']);
  });

  it(`keeps the newest ${BACKUPS_KEPT} and deletes older ones with their files, but not the day's first (daily) backup`, async () => {
    const dir = newDir();
    let minute = 0;
    const folder = backupFolder(dir, nodeFs, () => new Date(Date.UTC(2026, 10, 1, 8, minute++)));
    for (let index = 1; index <= BACKUPS_KEPT + 3; index++) await folder.keep(new Uint8Array([index]), `第${index}次`);
    const kept = await folder.list();
    expect(kept.map((entry) => entry.reason)).toEqual([
      ...Array.from({ length: BACKUPS_KEPT }, (_, index) => `第${BACKUPS_KEPT + 3 - index}次`),
      '第1次',
    ]);
    expect(readdirSync(dir)).toHaveLength(2 * BACKUPS_KEPT + 1);
    expect(await folder.read(kept.at(-1)!.id)).toEqual(new Uint8Array([1]));
  });

  it('a renderer pushing hundreds of backups in a day cannot rotate away the daily backups of earlier days', async () => {
    const dir = newDir();
    let clock = Date.UTC(2026, 10, 1, 8);
    const folder = backupFolder(dir, nodeFs, () => new Date(clock));
    for (let day = 0; day < 3; day++) {
      clock = Date.UTC(2026, 10, 1 + day, 8);
      await folder.keep(new Uint8Array([day]), `第${day + 1}天的数据`);
    }
    clock = Date.UTC(2026, 10, 4, 8);
    for (let index = 0; index < 200; index++) await folder.keep(new Uint8Array([0xee]), '无意义的备份');
    const entries = await folder.list();
    expect(entries.filter((entry) => entry.reason !== '无意义的备份').map((entry) => entry.reason)).toEqual([
      '第3天的数据',
      '第2天的数据',
      '第1天的数据',
    ]);
    const first = entries.find((entry) => entry.reason === '第1天的数据')!;
    expect(await folder.read(first.id)).toEqual(new Uint8Array([0]));
    // The rotating set, plus the junk that became today's daily backup (only today's can be junk).
    expect(entries.filter((entry) => entry.reason === '无意义的备份')).toHaveLength(BACKUPS_KEPT + 1);
  });

  it(`keeps one daily backup per day for the newest ${DAILY_DAYS_KEPT} days`, async () => {
    const dir = newDir();
    let clock = 0;
    const folder = backupFolder(dir, nodeFs, () => new Date(clock));
    for (let day = 0; day < DAILY_DAYS_KEPT + 5; day++) {
      for (const hour of [8, 17]) {
        clock = Date.UTC(2026, 9, 1 + day, hour);
        await folder.keep(new Uint8Array([day]), `10月${day + 1}日${hour}时`);
      }
    }
    const dailies = readdirSync(join(dir, 'daily')).filter((name) => name.endsWith('.kaoping'));
    expect(dailies).toHaveLength(DAILY_DAYS_KEPT);
    const entries = await folder.list();
    expect(entries).toHaveLength(BACKUPS_KEPT + DAILY_DAYS_KEPT - BACKUPS_KEPT / 2);
    expect(entries.at(-1)!.reason).toBe('10月6日8时');
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
