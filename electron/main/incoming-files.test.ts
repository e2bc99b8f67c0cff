import { describe, expect, it } from 'vitest';

import { createIncomingFiles, openablePaths } from './incoming-files';

const existing = new Set([
  '/home/inspector/下载/西工区-评分.kaoping',
  '/home/inspector/文件/洛政办〔2021〕39号.docx',
  '/srv/大文件.xlsx',
  '/srv/坏文件.txt',
]);
const isFile = (path: string) => existing.has(path);

describe('openablePaths (files handed over on the command line)', () => {
  it('keeps existing files Kaoping opens, resolving relative paths against the working folder', () => {
    expect(
      openablePaths(
        [
          '--allow-file-access',
          '下载/西工区-评分.kaoping',
          'notes.md',
          '/home/inspector/文件/洛政办〔2021〕39号.docx',
          '/tmp/missing.kaoping',
        ],
        '/home/inspector',
        isFile,
      ),
    ).toEqual(['/home/inspector/下载/西工区-评分.kaoping', '/home/inspector/文件/洛政办〔2021〕39号.docx']);
  });

  it('ignores switches even when they end like a file', () => {
    expect(openablePaths(['--user-data-dir=/srv/大文件.xlsx'], '/', () => true)).toEqual([]);
  });
});

describe('createIncomingFiles', () => {
  const files = {
    size: async (path: string) => (path === '/srv/大文件.xlsx' ? 80 * 1024 * 1024 : 3),
    readFile: async (path: string) => {
      if (path === '/srv/坏文件.txt') throw new Error('EACCES: permission denied');
      return new Uint8Array([1, 2, 3]);
    },
  };

  it('reads each file once, reports the ones it cannot take by name, and notifies per batch', async () => {
    let notified = 0;
    const incoming = createIncomingFiles(files, () => notified++);
    await incoming.add(['/home/inspector/下载/西工区-评分.kaoping', '/srv/大文件.xlsx', '/srv/坏文件.txt']);
    expect(notified).toBe(1);
    expect(incoming.take()).toEqual([
      { name: '西工区-评分.kaoping', bytes: new Uint8Array([1, 2, 3]) },
      { name: '大文件.xlsx', error: '文件“大文件.xlsx”过大，上限为 50 MB' },
      { name: '坏文件.txt', error: '无法读取文件“坏文件.txt”：EACCES: permission denied' },
    ]);
    expect(incoming.take()).toEqual([]);
  });

  it('does not disturb the app when nothing was handed over', async () => {
    let notified = 0;
    await createIncomingFiles(files, () => notified++).add([]);
    expect(notified).toBe(0);
  });
});
