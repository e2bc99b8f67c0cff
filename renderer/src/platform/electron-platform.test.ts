import { describe, expect, it } from 'vitest';

import type { DesktopBridge, IncomingFile } from '#shared/ipc/contract';

import { electronPlatform } from './electron-platform';

/** A bridge whose main process holds `waiting` files and can announce new ones. */
function fakeBridge(waiting: IncomingFile[]) {
  let announce: (() => void) | null = null;
  const bridge: DesktopBridge = {
    openDocument: async () => null,
    saveExport: async () => ({ saved: false }),
    takeIncomingFiles: async () => waiting.splice(0),
    onIncomingFiles: (listener) => {
      announce = listener;
      return () => void (announce = null);
    },
    listBackups: async () => [],
    keepBackup: async () => {
      throw new Error('not used');
    },
    readBackup: async () => new Uint8Array(),
  };
  return { bridge, handOver: (file: IncomingFile) => (waiting.push(file), announce?.()), subscribed: () => announce !== null };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('electronPlatform.onIncomingFiles', () => {
  it('delivers files handed over at launch, then each later batch once, and stops after unsubscribe', async () => {
    const { bridge, handOver, subscribed } = fakeBridge([{ name: '启动时.kaoping', bytes: new Uint8Array([1]) }]);
    const received: string[][] = [];
    const unsubscribe = electronPlatform(bridge).onIncomingFiles((files) => received.push(files.map((file) => file.name)));
    await settle();
    handOver({ name: '第二次启动.docx', error: '文件“第二次启动.docx”过大，上限为 50 MB' });
    await settle();
    unsubscribe();
    expect(subscribed()).toBe(false);
    expect(received).toEqual([['启动时.kaoping'], ['第二次启动.docx']]);
  });

  it('does not call the handler when nothing is waiting', async () => {
    const received: IncomingFile[][] = [];
    electronPlatform(fakeBridge([]).bridge).onIncomingFiles((files) => received.push(files));
    await settle();
    expect(received).toEqual([]);
  });
});
