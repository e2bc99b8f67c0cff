// The renderer moved from file:// to app://kaoping, and Chromium keeps IndexedDB and localStorage
// per origin: the data stored under file:// would look lost. Copying Chromium's folders does not
// help (each database is keyed inside by its origin), so the database "kaoping" is copied through
// the IndexedDB API in a page of each origin (database-copy-pages.ts), store by store, batch by
// batch, then the preferences. The legacy origin is only read, never changed or deleted.
import {
  type Batch,
  copyMark,
  type DatabaseSchema,
  deleteCopy,
  readBatch,
  readPrefs,
  readSchema,
  type RecordFailure,
  type StoreSchema,
  writeBatch,
  writePrefs,
  writeSchema,
} from './database-copy-pages';

/**
 * A page loaded in one origin that runs a self-contained function with a JSON argument and gives
 * back its JSON result (a hidden BrowserWindow in the app, a playwright page in tests).
 */
export type OriginPage = {
  evaluate<A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
};

/** The two pages: the legacy file:// origin (read only) and the app:// origin (written). */
export type MigrationPages = { legacy: OriginPage; app: OriginPage; batch?: { count: number; maxBytes: number } };

/**
 * 'copied': the records of each store copied (and counted again on both sides); 'none': the legacy
 * origin has no data; 'kept': the app origin already has data, nothing was changed.
 */
export type MigrationOutcome =
  { outcome: 'copied'; counts: Record<string, number> } | { outcome: 'none' | 'kept'; counts: Record<string, never> };

/** A migration that failed: the message (Chinese) names what failed; the partial copy is deleted, the old data untouched. */
export class OriginMigrationError extends Error {
  override name = 'OriginMigrationError';
}

/** 500 records or ~8 MB per batch: a large database never crosses between the pages as one huge string. */
const BATCH = { count: 500, maxBytes: 8 * 1024 * 1024 };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const isFailure = (value: Batch | { written: number } | RecordFailure): value is RecordFailure => 'failedAt' in value;
const hasRecords = (schema: DatabaseSchema): boolean => schema.stores.some((store) => store.count > 0);

/** Where a copy failed, for the message: `place` (e.g. 表 evidence，第 1201 条) and the reason. */
class CopyFailure extends Error {
  constructor(
    readonly place: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** The place of a record failure in a store: the record's number (1-based), or the batch's range. */
function recordPlace(store: string, copied: number, size: number, failedAt: number | null): string {
  if (failedAt !== null) return `表 ${store}，第 ${copied + failedAt + 1} 条`;
  return size > 1 ? `表 ${store}，第 ${copied + 1}–${copied + size} 条` : `表 ${store}，第 ${copied + 1} 条`;
}

/** Copies one store batch by batch in primary-key order; output: the number of records copied. */
async function copyStore(pages: MigrationPages, store: StoreSchema): Promise<number> {
  const { count, maxBytes } = pages.batch ?? BATCH;
  let copied = 0;
  let after: unknown = null;
  for (;;) {
    const batch = await pages.legacy
      .evaluate(readBatch, { store: store.name, after, count, maxBytes })
      .catch((error: unknown) => ({ failedAt: null, reason: messageOf(error) }) satisfies RecordFailure);
    if (isFailure(batch)) throw new CopyFailure(recordPlace(store.name, copied, 1, batch.failedAt), `读取失败：${batch.reason}`);
    if (batch.records.length > 0) {
      const written = await pages.app
        .evaluate(writeBatch, { store: store.name, records: batch.records })
        .catch((error: unknown) => ({ failedAt: null, reason: messageOf(error) }) satisfies RecordFailure);
      if (isFailure(written))
        throw new CopyFailure(recordPlace(store.name, copied, batch.records.length, written.failedAt), `写入失败：${written.reason}`);
      copied += written.written;
      after = batch.records.at(-1)!.key;
    }
    if (batch.done) return copied;
  }
}

/** Runs `step`, naming `place` when it fails. */
async function at<T>(place: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof CopyFailure ? error : new CopyFailure(place, messageOf(error));
  }
}

/** Copies schema, stores and preferences into the app origin and checks the counts; output: records per store. */
async function copyAll(pages: MigrationPages, legacy: DatabaseSchema): Promise<Record<string, number>> {
  await at('建立数据库结构', () => pages.app.evaluate(writeSchema, legacy));
  for (const store of legacy.stores) await copyStore(pages, store);
  const [before, after] = await at('核对条数', () =>
    Promise.all([pages.legacy.evaluate(readSchema, undefined), pages.app.evaluate(readSchema, undefined)]),
  );
  const counts: Record<string, number> = {};
  for (const store of before.stores) {
    const copied = after.stores.find((candidate) => candidate.name === store.name)?.count ?? 0;
    if (copied !== store.count) throw new CopyFailure(`表 ${store.name}`, `原有 ${store.count} 条，复制后 ${copied} 条`);
    counts[store.name] = copied;
  }
  const prefs = await at('界面设置', () => pages.legacy.evaluate(readPrefs, undefined));
  await at('界面设置', () => pages.app.evaluate(writePrefs, prefs));
  return counts;
}

/**
 * Copies the legacy origin's database "kaoping" (every store, record and file, at its own schema
 * version) and its localStorage preferences into the app origin, once. Input: a page in each
 * origin (and, for tests, a smaller batch). Output: 'none' when the legacy origin has no records;
 * 'kept' when the app origin already holds records (nothing changed); else 'copied' with the
 * records per store, counted again on both sides. An app database without records (the app opened
 * after a failed copy) or one marked as still being copied (a crash cut the copy short) is
 * replaced. The app upgrades an older schema at its next open itself (with its backup).
 * Throws OriginMigrationError, in Chinese, naming the step, store and record that failed, after
 * deleting the partial copy so the next start tries again; the legacy data is never written.
 */
export async function migrateLegacyOrigin(pages: MigrationPages): Promise<MigrationOutcome> {
  try {
    const legacy = await at('读取旧版本数据', () => pages.legacy.evaluate(readSchema, undefined));
    if (!legacy.exists || !hasRecords(legacy)) return { outcome: 'none', counts: {} };
    const app = await at('检查新位置', () => pages.app.evaluate(readSchema, undefined));
    if (app.exists) {
      const interrupted = (await at('检查新位置', () => pages.app.evaluate(copyMark, 'get'))) === 'copying';
      if (hasRecords(app) && !interrupted) return { outcome: 'kept', counts: {} };
      await at('删除不完整的副本', () => pages.app.evaluate(deleteCopy, undefined));
    }
    await at('标记复制开始', () => pages.app.evaluate(copyMark, { set: 'copying' }));
    const counts = await copyAll(pages, legacy).catch(async (error: unknown) => {
      const cleanup = await pages.app
        .evaluate(deleteCopy, undefined)
        .then(() => pages.app.evaluate(copyMark, { set: null }))
        .then(
          () => '',
          (cause: unknown) => `；不完整的副本未能删除（${messageOf(cause)}）`,
        );
      throw error instanceof CopyFailure ? new CopyFailure(error.place, `${error.message}${cleanup}`) : error;
    });
    await at('标记复制完成', () => pages.app.evaluate(copyMark, { set: null }));
    return { outcome: 'copied', counts };
  } catch (error) {
    const place = error instanceof CopyFailure ? error.place : '未知步骤';
    throw new OriginMigrationError(`旧版本数据迁移失败（${place}）：${messageOf(error)}；原数据未改动，下次启动将重试。`, { cause: error });
  }
}
