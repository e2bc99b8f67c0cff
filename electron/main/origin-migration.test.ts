import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { migrateLegacyOrigin, type MigrationFileSystem } from './origin-migration';

const nodeFs: MigrationFileSystem = {
  exists: existsSync,
  copyFolder: (from, to) => cpSync(from, to, { recursive: true, errorOnExist: true }),
};

function userData(folders: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kaoping-origin-'));
  for (const [folder, content] of Object.entries(folders)) {
    mkdirSync(join(root, 'IndexedDB', folder), { recursive: true });
    writeFileSync(join(root, 'IndexedDB', folder, 'CURRENT'), content);
  }
  return root;
}

describe('moving the stored data from file:// to app://', () => {
  it('copies the database and its blobs to the app:// origin, leaving the old ones as they were', () => {
    const root = userData({ 'file__0.indexeddb.leveldb': '旧数据', 'file__0.indexeddb.blob': '佐证' });
    expect(migrateLegacyOrigin(root, nodeFs)).toEqual({
      outcome: 'copied',
      copied: ['app_kaoping_0.indexeddb.leveldb', 'app_kaoping_0.indexeddb.blob'],
    });
    expect(readFileSync(join(root, 'IndexedDB', 'app_kaoping_0.indexeddb.leveldb', 'CURRENT'), 'utf8')).toBe('旧数据');
    expect(readFileSync(join(root, 'IndexedDB', 'app_kaoping_0.indexeddb.blob', 'CURRENT'), 'utf8')).toBe('佐证');
    expect(readFileSync(join(root, 'IndexedDB', 'file__0.indexeddb.leveldb', 'CURRENT'), 'utf8')).toBe('旧数据');
  });

  it('never overwrites data the app:// origin already holds, and does nothing on a new install', () => {
    const both = userData({ 'file__0.indexeddb.leveldb': '旧数据', 'app_kaoping_0.indexeddb.leveldb': '新数据' });
    expect(migrateLegacyOrigin(both, nodeFs).outcome).toBe('kept');
    expect(readFileSync(join(both, 'IndexedDB', 'app_kaoping_0.indexeddb.leveldb', 'CURRENT'), 'utf8')).toBe('新数据');
    expect(migrateLegacyOrigin(userData({}), nodeFs)).toEqual({ outcome: 'none', copied: [] });
  });

  it('runs once: the second start finds the copy and keeps it', () => {
    const root = userData({ 'file__0.indexeddb.leveldb': '旧数据' });
    expect(migrateLegacyOrigin(root, nodeFs).copied).toEqual(['app_kaoping_0.indexeddb.leveldb']);
    expect(migrateLegacyOrigin(root, nodeFs).outcome).toBe('kept');
  });
});
