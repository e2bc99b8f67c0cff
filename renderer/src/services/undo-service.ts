// 撤销: the last actions on scoring, the ledger and the rubric editor, each restorable in one
// transaction. A write registers the records it may change; their previous state is read in the
// same transaction as the write and kept on a bounded stack. No UI here (see app/use-undo.ts).
import type { KaopingDatabase } from '../db/database';

/** The tables whose writes can be undone. */
export type UndoableTable = 'inputs' | 'rectifications' | 'indicatorSystems' | 'items' | 'documents';

/** Records a write may change: `keys` of `table`. */
export type UndoTarget = { table: UndoableTable; keys: readonly string[] };

/** A record's state before the write (undefined: it did not exist). */
type Snapshot = { table: UndoableTable; key: string; record: unknown };

/** One undoable action: what it was (for the message) and the records it replaced. */
export type UndoEntry = { label: string; db: KaopingDatabase; snapshots: Snapshot[]; at: string };

/** How many actions can be undone. */
export const UNDO_LIMIT = 20;

let stack: readonly UndoEntry[] = [];
/** Writes started and not yet on the stack: 撤销 waits for them, so it never undoes the action before. */
const inFlight = new Set<Promise<unknown>>();
const listeners = new Set<() => void>();

function setStack(next: readonly UndoEntry[]): void {
  stack = next;
  for (const listener of listeners) listener();
}

/**
 * Runs `write` in one read-write transaction over the target tables, reading the targets' records
 * before it. When any of them changed, an entry named by `describe()` (called after the commit,
 * e.g. "甲区 × 指标X 的评分") joins the stack; the oldest falls off past UNDO_LIMIT. Output: what
 * `write` returned. `alsoUses` names further tables `write` reads or writes (kept out of the undo).
 * Throws what `write` throws (nothing is stored or recorded then).
 */
export async function undoable<T>(
  db: KaopingDatabase,
  targets: readonly UndoTarget[],
  describe: () => Promise<string> | string,
  write: () => Promise<T>,
  alsoUses: readonly string[] = [],
): Promise<T> {
  const running = record(db, targets, describe, write, alsoUses);
  inFlight.add(running);
  try {
    return await running;
  } finally {
    inFlight.delete(running);
  }
}

async function record<T>(
  db: KaopingDatabase,
  targets: readonly UndoTarget[],
  describe: () => Promise<string> | string,
  write: () => Promise<T>,
  alsoUses: readonly string[],
): Promise<T> {
  const tables = [...new Set([...targets.map((target) => target.table), ...alsoUses])].map((table) => db.table(table));
  let snapshots: Snapshot[] = [];
  const result = await db.transaction('rw', tables, async () => {
    const before = await readTargets(db, targets);
    const value = await write();
    const after = await readTargets(db, targets);
    snapshots = before.filter((snapshot, index) => JSON.stringify(snapshot.record) !== JSON.stringify(after[index]!.record));
    return value;
  });
  if (snapshots.length > 0)
    setStack([...stack, { label: await describe(), db, snapshots, at: new Date().toISOString() }].slice(-UNDO_LIMIT));
  return result;
}

async function readTargets(db: KaopingDatabase, targets: readonly UndoTarget[]): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  for (const { table, keys } of targets) {
    const records = await db.table(table).bulkGet([...keys]);
    keys.forEach((key, index) => snapshots.push({ table, key, record: records[index] }));
  }
  return snapshots;
}

/**
 * Undoes the last action: its records are put back as they were (or deleted where they did not
 * exist) in one transaction, after any write still in flight has reached the stack. Output: the action's label, or null when there is nothing to undo.
 * Throws the storage error (the entry stays on the stack then).
 */
export async function undoLast(): Promise<string | null> {
  await Promise.allSettled([...inFlight]);
  const entry = stack[stack.length - 1];
  if (!entry) return null;
  const { db, snapshots } = entry;
  const tables = [...new Set(snapshots.map((snapshot) => snapshot.table))].map((table) => db.table(table));
  await db.transaction('rw', tables, async () => {
    for (const { table, key, record } of [...snapshots].reverse()) {
      if (record === undefined) await db.table(table).delete(key);
      else await db.table(table).put(record);
    }
  });
  setStack(stack.filter((candidate) => candidate !== entry));
  return entry.label;
}

/** The actions that can be undone, oldest first. */
export function undoEntries(): readonly UndoEntry[] {
  return stack;
}

/** Calls `listener` whenever the stack changes. Output: the function that stops listening. */
export function subscribeUndo(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Empties the stack (after a restore or a merge the previous states no longer apply; tests). */
export function clearUndo(): void {
  setStack([]);
}
