// Runs in Chromium: our storage layer's bulk write of score records (Dexie, chunked, one
// transaction — as an import or merge writes) against raw IndexedDB puts of the same records
// into a store with the same indexes, in one transaction.
import type { EvaluationInput } from '../../renderer/src/db/database';
import { openDatabase } from '../../renderer/src/db/database';
import { writeInChunks } from '../../renderer/src/db/write-in-chunks';

/** `count` score records of one evaluation: units × 200 indicators, as the app stores them. */
function scoreRecords(count: number, run: number): EvaluationInput[] {
  return Array.from({ length: count }, (_, index) => {
    const unitId = `unit-${Math.floor(index / 200)}`;
    const indicatorId = `i${index % 200}`;
    return {
      id: `evaluation-${run}|${unitId}|${indicatorId}`,
      evaluationId: `evaluation-${run}`,
      unitId,
      indicatorId,
      value: (index * 7) % 100,
      note: '',
      inspector: '张三',
      updatedAt: '2026-11-23T09:00:00.000Z',
    };
  });
}

function request<T>(target: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    target.onsuccess = () => resolve(target.result);
    target.onerror = () => reject(target.error);
  });
}

async function rawMs(rows: EvaluationInput[], name: string): Promise<number> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('inputs', { keyPath: 'id' });
    store.createIndex('evaluationId', 'evaluationId');
    store.createIndex('[evaluationId+unitId]', ['evaluationId', 'unitId']);
  };
  const db = await request(open);
  const start = performance.now();
  const transaction = db.transaction('inputs', 'readwrite');
  const store = transaction.objectStore('inputs');
  for (const row of rows) store.put(row);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

async function storageLayerMs(rows: EvaluationInput[], name: string): Promise<number> {
  const db = openDatabase(name);
  await db.open();
  const start = performance.now();
  await db.transaction('rw', db.inputs, () => writeInChunks(db.inputs, rows, 'put'));
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

/** Milliseconds to write `count` records each way, best of two alternating rounds (each into a fresh database). */
export async function measureStorage(count: number): Promise<{ storageLayerMs: number; rawMs: number }> {
  const layer: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < 2; round++) {
    const rows = scoreRecords(count, round);
    if (round % 2 === 0) {
      raw.push(await rawMs(rows, `bench-raw-${round}`));
      layer.push(await storageLayerMs(rows, `bench-layer-${round}`));
    } else {
      layer.push(await storageLayerMs(rows, `bench-layer-${round}`));
      raw.push(await rawMs(rows, `bench-raw-${round}`));
    }
  }
  return { storageLayerMs: Math.min(...layer), rawMs: Math.min(...raw) };
}
