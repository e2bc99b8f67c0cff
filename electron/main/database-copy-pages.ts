// Functions that run inside a page of one origin (the legacy file:// origin or app://kaoping) to
// copy the IndexedDB database "kaoping" and the localStorage preferences with the web APIs — the
// only way to move them: Chromium keys every database by its origin, so its files cannot be copied.
// Each function is sent to the page as its source text (Function.prototype.toString), so it is
// SELF-CONTAINED: it uses nothing from outside its own body (no imports, no module constants or
// helpers — the database name is written out in each), takes a JSON argument and returns a JSON
// value. This is why small pieces (opening the database without creating it) repeat in each.
//
// Values cross between the pages as "tagged JSON": plain JSON, where what JSON cannot carry is an
// object with the key "$kaoping" naming its type — Blob and File (evidence files, backups: bytes in
// base64), Date, undefined, NaN/±Infinity/-0, bigint, ArrayBuffer and typed arrays, Map, Set.
// A record holding anything else (or a "$kaoping" key of its own) is refused, never half-copied.

/** An index of an object store, as IndexedDB describes it. */
export type IndexSchema = { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean };
/** An object store: its key, its indexes and how many records it holds. */
export type StoreSchema = {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSchema[];
  count: number;
};
/** The database "kaoping" of an origin; `exists` false (version 0, no stores) when the origin has none. */
export type DatabaseSchema = { exists: boolean; version: number; stores: StoreSchema[] };
/** A record in tagged JSON: its primary key and its value. */
export type EncodedRecord = { key: unknown; value: unknown };
/** Records of one store in primary-key order; `done` when the store has no more after them. */
export type Batch = { records: EncodedRecord[]; done: boolean };
/** A record that could not be read or written: its place in the batch (0-based; null: the whole batch) and why. */
export type RecordFailure = { failedAt: number | null; reason: string };
/** What readBatch is asked: the store, the last key read (tagged JSON; null at the start), at most `count` records or ~`maxBytes`. */
export type BatchRequest = { store: string; after: unknown; count: number; maxBytes: number };

/**
 * The schema of the database "kaoping" in this page's origin, with the record count of each store.
 * Lists the databases first and never opens one that does not exist (opening would create it).
 * Output: { exists: false, version: 0, stores: [] } when there is none. Throws what IndexedDB throws.
 */
export async function readSchema(): Promise<DatabaseSchema> {
  const listed = (await indexedDB.databases()).some((database) => database.name === 'kaoping');
  if (!listed) return { exists: false, version: 0, stores: [] };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('kaoping');
    request.onupgradeneeded = () => request.transaction?.abort(); // deleted meanwhile: never create it
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('无法打开数据库 kaoping'));
  });
  try {
    const names = [...db.objectStoreNames];
    if (names.length === 0) return { exists: true, version: db.version, stores: [] };
    const transaction = db.transaction(names, 'readonly');
    const stores = names.map(
      (name) =>
        new Promise<StoreSchema>((resolve, reject) => {
          const store = transaction.objectStore(name);
          const indexes = [...store.indexNames].map((indexName) => {
            const index = store.index(indexName);
            return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
          });
          const count = store.count();
          count.onsuccess = () =>
            resolve({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, count: count.result });
          count.onerror = () => reject(count.error);
        }),
    );
    return { exists: true, version: db.version, stores: await Promise.all(stores) };
  } finally {
    db.close();
  }
}

/**
 * Reads up to `count` records of `store` after the key `after` (tagged JSON; null from the first),
 * in primary-key order, stopping early once ~`maxBytes` (JSON text and file bytes) are gathered —
 * always at least one record. Output: the records in tagged JSON, or the record that cannot be
 * encoded (a type tagged JSON does not carry) and why. The database is only read.
 */
export async function readBatch(request: BatchRequest): Promise<Batch | RecordFailure> {
  const TAG = '$kaoping';
  const toKey = (tagged: unknown): IDBValidKey => {
    if (Array.isArray(tagged)) return tagged.map(toKey);
    if (tagged === null || typeof tagged !== 'object') return tagged as IDBValidKey;
    const { [TAG]: tag, value, base64 } = tagged as Record<string, string>;
    if (tag === 'Date') return new Date(Number(value));
    if (tag === 'number') return Number(value);
    if (tag === 'ArrayBuffer') return Uint8Array.from(atob(base64 ?? ''), (char) => char.charCodeAt(0)).buffer;
    throw new Error(`无法识别的主键：${JSON.stringify(tagged)}`);
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open('kaoping');
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('无法打开数据库 kaoping'));
  });
  let raw: Array<{ key: IDBValidKey; value: unknown }>;
  let done = false;
  try {
    raw = await new Promise((resolve, reject) => {
      const found: Array<{ key: IDBValidKey; value: unknown }> = [];
      let bytes = 0;
      const range = request.after === null ? undefined : IDBKeyRange.lowerBound(toKey(request.after), true);
      const cursor = db.transaction(request.store, 'readonly').objectStore(request.store).openCursor(range);
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) {
          done = true;
          return resolve(found);
        }
        found.push({ key: at.primaryKey, value: at.value });
        try {
          // The size as sent: the text, and the bytes of files and buffers (their base64 is a third more).
          const text = JSON.stringify(at.value, (_name, value: unknown) => {
            if (value instanceof Blob) bytes += value.size;
            if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) bytes += value.byteLength;
            return typeof value === 'bigint' ? String(value) : value;
          });
          bytes += text?.length ?? 0;
        } catch (error) {
          return reject(new Error(`第 ${found.length} 条无法读取：${error instanceof Error ? error.message : String(error)}`));
        }
        if (found.length >= request.count || bytes >= request.maxBytes) resolve(found);
        else at.continue();
      };
    });
  } finally {
    db.close();
  }
  // Encoded after the transaction: reading a file's bytes waits, and a transaction would end meanwhile.
  const records: EncodedRecord[] = [];
  const pending: Array<{ blob: Blob; into: { base64: string }; at: number }> = [];
  const encode = (value: unknown): unknown => {
    if (value === undefined) return { [TAG]: 'undefined' };
    if (typeof value === 'number')
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : { [TAG]: 'number', value: Object.is(value, -0) ? '-0' : String(value) };
    if (typeof value === 'bigint') return { [TAG]: 'bigint', value: String(value) };
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return Array.from(value, encode);
    if (value instanceof Date) return { [TAG]: 'Date', value: String(value.getTime()) };
    if (value instanceof Blob) {
      const into =
        value instanceof File
          ? { [TAG]: 'File', type: value.type, name: value.name, lastModified: value.lastModified, base64: '' }
          : { [TAG]: 'Blob', type: value.type, base64: '' };
      pending.push({ blob: value, into, at: records.length });
      return into;
    }
    if (value instanceof ArrayBuffer) {
      const into = { [TAG]: 'ArrayBuffer', base64: '' };
      pending.push({ blob: new Blob([value]), into, at: records.length });
      return into;
    }
    if (ArrayBuffer.isView(value)) {
      const into = { [TAG]: value.constructor.name, base64: '' };
      pending.push({
        blob: new Blob([new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice()]),
        into,
        at: records.length,
      });
      return into;
    }
    if (value instanceof Map) return { [TAG]: 'Map', entries: encode([...value]) };
    if (value instanceof Set) return { [TAG]: 'Set', values: encode([...value]) };
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new Error(`不支持的数据类型 ${Object.prototype.toString.call(value)}`);
    if (TAG in value) throw new Error(`记录中含有保留字段 ${TAG}`);
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, encode(item)]));
  };
  for (const [index, record] of raw.entries()) {
    try {
      records.push({ key: encode(record.key), value: encode(record.value) });
    } catch (error) {
      return { failedAt: index, reason: error instanceof Error ? error.message : String(error) };
    }
  }
  for (const { blob, into, at } of pending) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await blob.arrayBuffer());
    } catch (error) {
      return { failedAt: at, reason: `文件内容无法读取（${error instanceof Error ? error.message : String(error)}）` };
    }
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    into.base64 = btoa(binary);
  }
  return { records, done };
}

/**
 * Creates the database "kaoping" in this page's origin at `schema.version` with its stores and
 * indexes (no records). Refuses (throws, in Chinese) when the origin already has one: nothing is
 * ever written over. Throws what IndexedDB throws (the version change is then undone).
 */
export async function writeSchema(schema: DatabaseSchema): Promise<void> {
  if ((await indexedDB.databases()).some((database) => database.name === 'kaoping')) throw new Error('新位置已有数据库 kaoping，不覆盖');
  let failure: unknown = null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('kaoping', schema.version);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion !== 0) {
        failure = new Error('新位置已有数据库 kaoping，不覆盖');
        return request.transaction?.abort();
      }
      try {
        for (const store of schema.stores) {
          const made = request.result.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
          for (const index of store.indexes)
            made.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      } catch (error) {
        failure = error;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure ?? request.error);
  });
  db.close();
}

/**
 * Writes `records` (tagged JSON, as readBatch gives them) into `store` of "kaoping" in one
 * transaction: all of them or none. Output: the number written, or the record (0-based place in
 * the batch; null when the transaction failed as a whole, e.g. the disk is full) that failed and why.
 */
export async function writeBatch(batch: { store: string; records: EncodedRecord[] }): Promise<{ written: number } | RecordFailure> {
  const TAG = '$kaoping';
  const VIEWS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array'];
  const VIEWS_WIDE = ['Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView'];
  const bytesOf = (base64: unknown): Uint8Array<ArrayBuffer> => {
    const binary = atob(String(base64));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const tag = object[TAG];
    if (tag === undefined) return Object.fromEntries(Object.entries(object).map(([name, item]) => [name, decode(item)]));
    if (tag === 'undefined') return undefined;
    if (tag === 'number') return Number(object.value);
    if (tag === 'bigint') return BigInt(String(object.value));
    if (tag === 'Date') return new Date(Number(object.value));
    if (tag === 'Blob') return new Blob([bytesOf(object.base64)], { type: String(object.type) });
    if (tag === 'File')
      return new File([bytesOf(object.base64)], String(object.name), {
        type: String(object.type),
        lastModified: Number(object.lastModified),
      });
    if (tag === 'ArrayBuffer') return bytesOf(object.base64).buffer;
    if (typeof tag === 'string' && [...VIEWS, ...VIEWS_WIDE].includes(tag)) {
      const View = (globalThis as unknown as Record<string, new (buffer: ArrayBuffer) => unknown>)[tag]!;
      return new View(bytesOf(object.base64).buffer);
    }
    if (tag === 'Map') return new Map(decode(object.entries) as Array<[unknown, unknown]>);
    if (tag === 'Set') return new Set(decode(object.values) as unknown[]);
    throw new Error(`无法识别的数据标记 ${JSON.stringify(tag)}`);
  };
  const reasonOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  const records: Array<{ key: unknown; value: unknown }> = [];
  for (const [index, record] of batch.records.entries()) {
    try {
      records.push({ key: decode(record.key), value: decode(record.value) });
    } catch (error) {
      return { failedAt: index, reason: reasonOf(error) };
    }
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open('kaoping');
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('无法打开数据库 kaoping'));
  });
  try {
    return await new Promise((resolve) => {
      const transaction = db.transaction(batch.store, 'readwrite');
      const store = transaction.objectStore(batch.store);
      let failure: RecordFailure | null = null;
      transaction.oncomplete = () => resolve({ written: records.length });
      transaction.onabort = () => resolve(failure ?? { failedAt: null, reason: reasonOf(transaction.error) });
      for (const [index, { key, value }] of records.entries()) {
        try {
          const put = store.keyPath === null ? store.put(value, key as IDBValidKey) : store.put(value);
          put.onerror = () => (failure ??= { failedAt: index, reason: reasonOf(put.error) });
        } catch (error) {
          failure = { failedAt: index, reason: reasonOf(error) };
          transaction.abort();
          break;
        }
      }
    });
  } finally {
    db.close();
  }
}

/** Deletes the database "kaoping" of this page's origin (a copy that failed midway). Throws what IndexedDB throws. */
export async function deleteCopy(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('kaoping');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Every localStorage entry of this page's origin (the interface language and other preferences). */
export async function readPrefs(): Promise<Record<string, string>> {
  return Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)!).map((key) => [key, localStorage.getItem(key)!]),
  );
}

/**
 * Stores `entries` in this page's localStorage, except keys it already has (a choice made since
 * in the new place is kept). Output: the keys written.
 */
export async function writePrefs(entries: Record<string, string>): Promise<string[]> {
  const missing = Object.keys(entries).filter((key) => localStorage.getItem(key) === null);
  for (const key of missing) localStorage.setItem(key, entries[key]!);
  return missing;
}

/**
 * Reads ("get") or sets the copy mark in this page's localStorage: 'copying' while a copy is
 * being made, removed (null) once it is complete or deleted — a database found with the mark is
 * a copy a crash cut short. Output: the mark after the call.
 */
export async function copyMark(change: { set: 'copying' | null } | 'get'): Promise<'copying' | null> {
  if (change !== 'get') {
    if (change.set === null) localStorage.removeItem('kaoping-origin-copy');
    else localStorage.setItem('kaoping-origin-copy', change.set);
  }
  return localStorage.getItem('kaoping-origin-copy') === 'copying' ? 'copying' : null;
}
