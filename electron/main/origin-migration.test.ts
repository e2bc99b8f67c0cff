import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';

import type { EncodedRecord } from './database-copy-pages';
import { migrateLegacyOrigin, type OriginPage } from './origin-migration';
import { type HiddenWindow, migrateAtStart, openOriginPage } from './origin-pages';

/** One origin's storage: its own IndexedDB (fake-indexeddb) and localStorage. */
type FakeOrigin = { indexedDB: IDBFactory; localStorage: Storage };

function fakeStorage(): Storage {
  const entries = new Map<string, string>();
  return {
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}

const newOrigin = (): FakeOrigin => ({ indexedDB: new IDBFactory(), localStorage: fakeStorage() });

/** Scripts of all fake pages run one at a time: each sets the globals of its own origin while it runs. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * A fake of the BrowserWindow the app uses: executeJavaScript runs the script text in this realm
 * with the IndexedDB and localStorage of the origin its URL names — so a page function that used
 * anything from outside its own body would fail here as in the app.
 */
function fakeBrowserWindow(origins: Record<'file' | 'app', FakeOrigin>, made: unknown[] = []): new (options: unknown) => HiddenWindow {
  return class {
    origin: FakeOrigin | null = null;
    constructor(options: unknown) {
      made.push(options);
    }
    async loadURL(url: string): Promise<void> {
      this.origin = url.startsWith('file://') ? origins.file : url.startsWith('app://kaoping/') ? origins.app : null;
      if (!this.origin) throw new Error(`ERR_FAILED ${url}`);
    }
    destroy(): void {
      this.origin = null;
    }
    webContents = {
      on: () => this.webContents,
      // The page may open no window.
      setWindowOpenHandler: (handler: () => { action: string }) => expect(handler()).toEqual({ action: 'deny' }),
      executeJavaScript: (code: string): Promise<unknown> => {
        const origin = this.origin!;
        const run = async () => {
          Object.assign(globalThis, { indexedDB: origin.indexedDB, IDBKeyRange, localStorage: origin.localStorage });
          return structuredClone(await (new Function(`return ${code}`) as () => Promise<unknown>)());
        };
        const result = queue.then(run, run);
        queue = result.catch(() => undefined);
        return result;
      },
    } as unknown as HiddenWindow['webContents'];
  };
}

/** The database "kaoping" of an origin through Dexie: units, evidence (files), inputs (compound and multi-entry indexes), a log with generated keys. */
function kaoping(origin: FakeOrigin, version = 3): Dexie {
  const db = new Dexie('kaoping', { indexedDB: origin.indexedDB, IDBKeyRange });
  db.version(version).stores({ units: 'id, &name', evidence: 'id, inputId', inputs: 'id, [evaluationId+unitId], *tags', log: '++, at' });
  return db;
}

const bytes = (seed: number, size: number): Uint8Array<ArrayBuffer> =>
  Uint8Array.from({ length: size }, (_, index) => (index * 31 + seed) % 256);

/** A legacy origin holding `evidenceCount` files and units, inputs and log entries, plus the interface language. */
async function legacyOrigin(evidenceCount = 23): Promise<FakeOrigin> {
  const origin = newOrigin();
  const db = kaoping(origin);
  await db.table('units').bulkAdd([
    { id: 'u1', name: '涧西区', createdAt: new Date('2026-01-05T08:00:00Z'), note: undefined },
    { id: 'u2', name: '西工区', createdAt: new Date('2026-01-06T08:00:00Z'), weight: Number.NaN, offset: -0, big: 12n },
  ]);
  await db.table('evidence').bulkAdd(
    Array.from({ length: evidenceCount }, (_, index) => ({
      id: `e${String(index).padStart(3, '0')}`,
      inputId: `i${index % 4}`,
      name: `佐证${index}.png`,
      blob: new Blob([bytes(index, 100 + index * 10)], { type: 'image/png' }),
      raw: bytes(index, 8),
      buffer: bytes(index + 1, 4).buffer,
    })),
  );
  await db.table('inputs').bulkAdd([
    {
      id: 'r|u1|i1',
      evaluationId: 'r',
      unitId: 'u1',
      tags: ['现场', '复核'],
      value: 2.5,
      seen: new Map([['张三', 1]]),
      marks: new Set([1, 2]),
    },
    {
      id: 'r|u2|i1',
      evaluationId: 'r',
      unitId: 'u2',
      tags: [],
      value: 3,
      nested: [[{ at: new Date(0) }], undefined, Number.POSITIVE_INFINITY],
    },
  ]);
  await db.table('log').bulkAdd(Array.from({ length: 9 }, (_, index) => ({ at: `2026-01-0${index + 1}`, what: `第${index}次` })));
  db.close();
  origin.localStorage.setItem('kaoping-language', 'en-US');
  return origin;
}

/** Every store's records with their primary keys, in key order. */
async function contents(origin: FakeOrigin): Promise<Record<string, Array<{ key: unknown; value: unknown }>>> {
  const db = kaoping(origin);
  await db.open();
  const all: Record<string, Array<{ key: unknown; value: unknown }>> = {};
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys();
    const values = await table.toArray();
    all[table.name] = await Promise.all(
      values.map(async (value: Record<string, unknown>, index) => ({
        key: keys[index],
        value:
          value.blob instanceof Blob ? { ...value, blob: [value.blob.type, [...new Uint8Array(await value.blob.arrayBuffer())]] } : value,
      })),
    );
  }
  db.close();
  return all;
}

const databases = async (origin: FakeOrigin): Promise<string[]> => (await origin.indexedDB.databases()).map((database) => database.name!);

/** The two pages as the app opens them (hidden windows over the fakes), with small batches so that every store takes several. */
async function pagesOver(legacy: FakeOrigin, app: FakeOrigin) {
  const BrowserWindow = fakeBrowserWindow({ file: legacy, app });
  return {
    legacy: await openOriginPage(BrowserWindow, 'file:///opt/kaoping/resources/app.asar/out/renderer/blank.html'),
    app: await openOriginPage(BrowserWindow, 'app://kaoping/blank.html'),
    batch: { count: 5, maxBytes: 1_000 },
  };
}

/** A page whose writeBatch calls pass through `change` first. */
function changingWrites(page: OriginPage, change: (batch: { store: string; records: EncodedRecord[] }) => void): OriginPage {
  return {
    evaluate: (fn, arg) => {
      if (fn.name === 'writeBatch') change(arg as { store: string; records: EncodedRecord[] });
      return page.evaluate(fn, arg);
    },
    close: () => page.close(),
  };
}

describe('copying the database from the file:// origin to app://', () => {
  it('copies every store, record, file and key at the same version, and the language; the old data stays as it was', async () => {
    const legacy = await legacyOrigin();
    const before = await contents(legacy);
    const app = newOrigin();
    app.localStorage.setItem('kaoping-theme', 'dark');
    expect(await migrateLegacyOrigin(await pagesOver(legacy, app))).toEqual({
      outcome: 'copied',
      counts: { evidence: 23, inputs: 2, log: 9, units: 2 },
    });
    const copied = await contents(app);
    expect(copied).toEqual(before);
    expect(copied.units![0]!.value).toHaveProperty('note', undefined);
    expect(copied.units![1]!.value).toMatchObject({ weight: Number.NaN, offset: -0, big: 12n });
    expect(copied.evidence![4]!.value).toMatchObject({ raw: bytes(4, 8), buffer: bytes(5, 4).buffer });
    expect(await contents(legacy)).toEqual(before);
    // Same version and indexes: the unique name and the compound index answer as before.
    const db = kaoping(app);
    expect(await db.table('inputs').where('[evaluationId+unitId]').equals(['r', 'u2']).count()).toBe(1);
    expect(await db.table('inputs').where('tags').equals('复核').count()).toBe(1);
    await expect(db.table('units').add({ id: 'u3', name: '涧西区' })).rejects.toThrow();
    // The generated keys continue after the copied ones.
    expect(await db.table('log').add({ at: '2026-02-01' })).toBe(10);
    db.close();
    expect(app.localStorage.getItem('kaoping-language')).toBe('en-US');
    expect(app.localStorage.getItem('kaoping-theme')).toBe('dark');
    expect(app.localStorage.getItem('kaoping-origin-copy')).toBeNull();
  });

  it('runs once: the second start keeps the copy and the data added since', async () => {
    const legacy = await legacyOrigin();
    const app = newOrigin();
    await migrateLegacyOrigin(await pagesOver(legacy, app));
    const db = kaoping(app);
    await db.table('units').add({ id: 'u9', name: '老城区' });
    db.close();
    const after = await contents(app);
    expect(await migrateLegacyOrigin(await pagesOver(legacy, app))).toEqual({ outcome: 'kept', counts: {} });
    expect(await contents(app)).toEqual(after);
  });

  it('does nothing without old data, and never creates a database where there was none', async () => {
    const nothing = newOrigin();
    const app = newOrigin();
    expect(await migrateLegacyOrigin(await pagesOver(nothing, app))).toEqual({ outcome: 'none', counts: {} });
    expect(await databases(nothing)).toEqual([]);
    expect(await databases(app)).toEqual([]);
    const empty = newOrigin();
    await kaoping(empty).open();
    expect(await migrateLegacyOrigin(await pagesOver(empty, app))).toEqual({ outcome: 'none', counts: {} });
    expect(await databases(app)).toEqual([]);
  });

  it('replaces an app database without records (opened after a failed copy) and one a crash left marked as being copied', async () => {
    const legacy = await legacyOrigin(3);
    const emptyApp = newOrigin();
    const newer = new Dexie('kaoping', { indexedDB: emptyApp.indexedDB, IDBKeyRange });
    newer.version(4).stores({ units: 'id, &name', evidence: 'id, inputId', inputs: 'id', log: '++, at' });
    await newer.open();
    newer.close();
    expect((await migrateLegacyOrigin(await pagesOver(legacy, emptyApp))).outcome).toBe('copied');
    expect(await contents(emptyApp)).toEqual(await contents(legacy));

    const cutShort = newOrigin();
    const partial = kaoping(cutShort);
    await partial.table('units').add({ id: 'u1', name: '涧西区' });
    partial.close();
    cutShort.localStorage.setItem('kaoping-origin-copy', 'copying');
    expect(await migrateLegacyOrigin(await pagesOver(legacy, cutShort))).toEqual({
      outcome: 'copied',
      counts: { evidence: 3, inputs: 2, log: 9, units: 2 },
    });
    expect(cutShort.localStorage.getItem('kaoping-origin-copy')).toBeNull();
  });
});

describe('a copy that fails', () => {
  it('names the store and the record, deletes the partial copy, leaves the old data, and succeeds at the next start', async () => {
    const legacy = await legacyOrigin();
    const before = await contents(legacy);
    const app = newOrigin();
    const pages = await pagesOver(legacy, app);
    let evidenceBatches = 0;
    let refused = '';
    // The 2nd record of the 4th batch of evidence is refused by the new database: its key is gone.
    const refusing = changingWrites(pages.app, (batch) => {
      if (batch.store !== 'evidence' || ++evidenceBatches !== 4) return;
      const value = batch.records[1]!.value as Record<string, unknown>;
      refused = String(value.id);
      delete value.id;
    });
    const message = await migrateLegacyOrigin({ ...pages, app: refusing }).then(
      () => 'copied',
      (error: Error) => error.message,
    );
    // Evidence e000, e001 … in key order: the record named is the one refused.
    expect(refused).toMatch(/^e\d{3}$/);
    expect(message).toMatch(
      new RegExp(
        `^旧版本数据迁移失败（表 evidence，第 ${Number(refused.slice(1)) + 1} 条）：写入失败：DataError.*；原数据未改动，下次启动将重试。$`,
      ),
    );
    expect(await databases(app)).toEqual([]);
    expect(app.localStorage.getItem('kaoping-origin-copy')).toBeNull();
    expect(app.localStorage.getItem('kaoping-language')).toBeNull();
    expect(await contents(legacy)).toEqual(before);
    expect((await migrateLegacyOrigin(await pagesOver(legacy, app))).outcome).toBe('copied');
    expect(await contents(app)).toEqual(before);
  });

  it('refuses a record holding a type it cannot carry, naming it, rather than copy it changed', async () => {
    const legacy = await legacyOrigin(2);
    const db = kaoping(legacy);
    await db.table('inputs').add({ id: 'r|u3|i1', evaluationId: 'r', unitId: 'u3', tags: [], pattern: /秒办/ });
    db.close();
    const app = newOrigin();
    await expect(migrateLegacyOrigin(await pagesOver(legacy, app))).rejects.toThrow(
      '旧版本数据迁移失败（表 inputs，第 3 条）：读取失败：不支持的数据类型 [object RegExp]；原数据未改动，下次启动将重试。',
    );
    expect(await databases(app)).toEqual([]);
  });

  it('checks the counts on both sides: a record lost on the way fails the copy', async () => {
    const legacy = await legacyOrigin(2);
    const app = newOrigin();
    const pages = await pagesOver(legacy, app);
    const losing = changingWrites(pages.app, (batch) => {
      if (batch.store === 'log' && batch.records.length === 4) batch.records.pop();
    });
    await expect(migrateLegacyOrigin({ ...pages, app: losing })).rejects.toThrow(
      '旧版本数据迁移失败（表 log）：原有 9 条，复制后 8 条；原数据未改动，下次启动将重试。',
    );
    expect(await databases(app)).toEqual([]);
  });
});

describe('the migration at the app start', () => {
  const userData = '/home/user/.config/Kaoping';
  const legacyFolder = `${userData}/IndexedDB/file__0.indexeddb.leveldb`;

  it('makes no window when there is no file:// IndexedDB folder', async () => {
    const made: unknown[] = [];
    const outcome = await migrateAtStart({
      BrowserWindow: fakeBrowserWindow({ file: newOrigin(), app: newOrigin() }, made),
      userData,
      rendererDir: '/opt/kaoping/out/renderer',
      exists: () => false,
      showError: () => expect.unreachable(),
    });
    expect(outcome).toEqual({ outcome: 'none', counts: {} });
    expect(made).toEqual([]);
  });

  it('copies in two hidden sandboxed windows without preload, and shows a failure in Chinese while the app still opens', async () => {
    const made: unknown[] = [];
    const legacy = await legacyOrigin(2);
    const app = newOrigin();
    const deps = {
      BrowserWindow: fakeBrowserWindow({ file: legacy, app }, made),
      userData,
      rendererDir: '/opt/kaoping/out/renderer',
      exists: (path: string) => path === legacyFolder,
      showError: () => expect.unreachable(),
    };
    expect(await migrateAtStart(deps)).toEqual({ outcome: 'copied', counts: { evidence: 2, inputs: 2, log: 9, units: 2 } });
    // Both pages (file:// and app://) hidden, sandboxed, without Node or preload.
    const hidden = {
      show: false,
      webPreferences: {
        contextIsolation: true,
        nodeIntegration: false,
        sandbox: true,
        webSecurity: true,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    };
    expect(made).toEqual([hidden, hidden]);

    const shown: string[] = [];
    const unreachable = {
      ...deps,
      BrowserWindow: fakeBrowserWindow({ file: legacy, app: null as unknown as FakeOrigin }),
      showError: (title: string, message: string) => void shown.push(title, message),
    };
    expect(await migrateAtStart({ ...unreachable, rendererDir: '/opt/kaoping/out/renderer' })).toBeNull();
    expect(shown).toEqual([
      '旧版本数据迁移失败',
      '旧版本数据迁移失败（打开迁移页面）：ERR_FAILED app://kaoping/blank.html；原数据未改动，下次启动将重试。',
    ]);
  });
});
