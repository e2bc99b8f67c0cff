import { describe, expect, it } from 'vitest';

import { IPC_CHANNELS } from '#shared/ipc/contract';

import { APP_PAGE_URL } from './app-protocol';
import { type DialogLike, type IpcMainLike, registerIpcHandlers } from './ipc';
import { isAppUrl } from './window';

type Handler = Parameters<IpcMainLike['handle']>[1];

function setup(dialog: Partial<DialogLike> = {}, sizes: Record<string, number> = {}) {
  const handlers = new Map<string, Handler>();
  const written: Array<[string, Uint8Array]> = [];
  const kept: Array<[Uint8Array, string]> = [];
  registerIpcHandlers(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    {
      dialog: {
        showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/inspector/文件/洛政办〔2021〕39号.docx'] }),
        showSaveDialog: async () => ({ canceled: false, filePath: '/home/inspector/评分表.xlsx' }),
        ...dialog,
      },
      files: {
        readFile: async () => new Uint8Array([1, 2, 3]),
        writeFile: async (path, bytes) => void written.push([path, bytes]),
        size: async (path) => sizes[path] ?? 3,
      },
      isAppFrame: (url) => isAppUrl(APP_PAGE_URL, url),
      takeIncoming: () => [{ name: '评价包.kaoping', bytes: new Uint8Array([7]) }],
      backups: {
        list: async () => [],
        keep: async (bytes, reason) => (
          kept.push([bytes, reason]),
          { id: '2026-11-23T08-00-00-000Z', createdAt: '2026-11-23T08:00:00.000Z', reason, size: bytes.byteLength }
        ),
        read: async (id) => new TextEncoder().encode(id),
      },
    },
  );
  const call = (channel: string, request: unknown, url = APP_PAGE_URL) => handlers.get(channel)!({ senderFrame: { url } }, request);
  return { call, written, kept, channels: [...handlers.keys()] };
}

describe('IPC handlers', () => {
  it('handles every channel the preload can invoke', () => {
    expect(setup().channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('opens the file the user picked in the native dialog', async () => {
    const { call } = setup();
    expect(await call(IPC_CHANNELS.openDocument, { filters: [{ name: '政策文件', extensions: ['txt', 'docx'] }] })).toEqual({
      name: '洛政办〔2021〕39号.docx',
      bytes: new Uint8Array([1, 2, 3]),
    });
  });

  it('returns null when the user cancels', async () => {
    const { call } = setup({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }) });
    expect(await call(IPC_CHANNELS.openDocument, { filters: [] })).toBeNull();
  });

  it('refuses files over 50 MB', async () => {
    const { call } = setup({}, { '/home/inspector/文件/洛政办〔2021〕39号.docx': 60 * 1024 * 1024 });
    await expect(call(IPC_CHANNELS.openDocument, { filters: [] })).rejects.toThrow('过大');
  });

  it('writes exports only where the save dialog says', async () => {
    const { call, written } = setup();
    expect(await call(IPC_CHANNELS.saveExport, { suggestedName: '评分表.xlsx', bytes: new Uint8Array([9]) })).toEqual({ saved: true });
    expect(written).toEqual([['/home/inspector/评分表.xlsx', new Uint8Array([9])]]);
  });

  it('offers a plain file name whatever name the page wishes (paths, a unit named 城关区/高新区)', async () => {
    const offered: string[] = [];
    const { call } = setup({
      showSaveDialog: async ({ defaultPath }: { defaultPath: string }) => (offered.push(defaultPath), { canceled: true }),
    });
    await call(IPC_CHANNELS.saveExport, { suggestedName: '城关区/高新区-评价报告.docx', bytes: new Uint8Array([1]) });
    await call(IPC_CHANNELS.saveExport, { suggestedName: '../../etc/passwd', bytes: new Uint8Array([2]) });
    expect(offered).toEqual(['城关区_高新区-评价报告.docx', '_._etc_passwd']);
  });

  it.each([
    ['bytes that are not bytes', { suggestedName: 'a.xlsx', bytes: 'AAAA' }],
    ['no request at all', undefined],
  ])('refuses a save request with %s', async (_, request) => {
    const { call, written } = setup();
    await expect(call(IPC_CHANNELS.saveExport, request)).rejects.toThrow('请求格式不正确');
    expect(written).toEqual([]);
  });

  it('refuses requests from frames that are not the app', async () => {
    const { call } = setup();
    await expect(call(IPC_CHANNELS.openDocument, { filters: [] }, 'https://example.com/')).rejects.toThrow('拒绝');
    await expect(call(IPC_CHANNELS.takeIncomingFiles, undefined, 'https://example.com/')).rejects.toThrow('拒绝');
    await expect(call(IPC_CHANNELS.takeIncomingFiles, undefined, 'file:///app/index.html')).rejects.toThrow('拒绝');
  });

  it('keeps and reads backups only by a backup id, never by a path', async () => {
    const { call, kept } = setup();
    expect(await call(IPC_CHANNELS.keepBackup, { bytes: new Uint8Array([5]), reason: '每日自动备份' })).toMatchObject({
      reason: '每日自动备份',
      size: 1,
    });
    expect(kept).toEqual([[new Uint8Array([5]), '每日自动备份']]);
    expect(await call(IPC_CHANNELS.readBackup, { id: '2026-11-23T08-00-00-000Z' })).toEqual(
      new TextEncoder().encode('2026-11-23T08-00-00-000Z'),
    );
    await expect(call(IPC_CHANNELS.readBackup, { id: '../../.ssh/id_rsa' })).rejects.toThrow('请求格式不正确');
    await expect(call(IPC_CHANNELS.keepBackup, { bytes: new Uint8Array([5]), reason: '' })).rejects.toThrow('请求格式不正确');
  });

  it('hands incoming files to the app, and refuses a take request that carries anything', async () => {
    const { call } = setup();
    expect(await call(IPC_CHANNELS.takeIncomingFiles, undefined)).toEqual([{ name: '评价包.kaoping', bytes: new Uint8Array([7]) }]);
    await expect(call(IPC_CHANNELS.takeIncomingFiles, { path: '/etc/passwd' })).rejects.toThrow('请求格式不正确');
  });
});
