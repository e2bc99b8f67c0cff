// Merges two versions of the same tables record by record: new records are added, unchanged ones
// skipped, a record changed on one side takes that side, one changed on both sides is a conflict.
import { canonicalJson, metaOf, type RecordMeta, type Versioned } from '../domain/record-meta';

export type Conflict<T> = { table: string; id: string; mine: T; theirs: T };

export type TableMerge<T> = {
  /** Records to write locally (added or taken from the incoming side). */
  writes: T[];
  conflicts: Array<Conflict<T>>;
  added: number;
  updated: number;
  unchanged: number;
};

type Relation = 'same' | 'mineNewer' | 'theirsNewer' | 'diverged';

/**
 * Fields that say who touched a record and when, not what it holds: two versions that differ only
 * there hold the same value (the same 88.5 entered in two offices, or re-saved unchanged).
 */
const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['meta', 'updatedAt', 'inspector']);

/** True when two versions of a record hold the same values, whoever saved them and when. */
export function sameValues(mine: Versioned, theirs: Versioned): boolean {
  const values = (record: Versioned) =>
    canonicalJson(Object.fromEntries(Object.entries(record).filter(([key]) => !BOOKKEEPING_FIELDS.has(key))));
  return values(mine) === values(theirs);
}

/** How two versions of one record relate, from their content hashes and ancestry. */
export function relate(mine: RecordMeta, theirs: RecordMeta): Relation {
  if (mine.hash === theirs.hash) return 'same';
  if (mine.ancestors.includes(theirs.hash)) return 'mineNewer';
  if (theirs.ancestors.includes(mine.hash)) return 'theirsNewer';
  return 'diverged';
}

/**
 * Merges one table. Input: the local records, the incoming ones, the table name. Output: what to
 * write and the conflicts (never resolved here). Idempotent: merging the same incoming records
 * again writes nothing. Records that match by content are unchanged whatever their history, and
 * two-sided changes that arrive at the same values (sameValues) are not a conflict: the local
 * version is kept.
 */
export function mergeTable<T extends Versioned>(table: string, local: T[], incoming: T[]): TableMerge<T> {
  const mine = new Map(local.map((record) => [record.id, record]));
  const result: TableMerge<T> = { writes: [], conflicts: [], added: 0, updated: 0, unchanged: 0 };
  for (const theirs of incoming) {
    const current = mine.get(theirs.id);
    if (!current) {
      result.writes.push(theirs);
      result.added += 1;
      continue;
    }
    switch (relate(metaOf(current), metaOf(theirs))) {
      case 'same':
      case 'mineNewer':
        result.unchanged += 1;
        break;
      case 'theirsNewer':
        result.writes.push(theirs);
        result.updated += 1;
        break;
      case 'diverged':
        if (sameValues(current, theirs)) result.unchanged += 1;
        else result.conflicts.push({ table, id: theirs.id, mine: current, theirs });
    }
  }
  return result;
}

export type ConflictRule = 'newer' | 'mine' | 'theirs';

/** Picks a side of a conflict by rule: the later change (newer; ties keep mine), mine, or theirs. */
export function resolveConflict<T extends Versioned>(conflict: Conflict<T>, rule: ConflictRule): T {
  if (rule === 'mine') return conflict.mine;
  if (rule === 'theirs') return conflict.theirs;
  return metaOf(conflict.theirs).changedAt > metaOf(conflict.mine).changedAt ? conflict.theirs : conflict.mine;
}

/**
 * The record a resolved conflict keeps: the chosen side's content, now descending from both
 * sides, so neither version comes back as a conflict in a later merge.
 */
export function markResolved<T extends Versioned>(chosen: T, other: T, resolvedBy: string, resolvedAt: string): T {
  const kept = metaOf(chosen);
  const dropped = metaOf(other);
  const ancestors = [...new Set([...kept.ancestors, dropped.hash, ...dropped.ancestors])].filter((hash) => hash !== kept.hash).slice(0, 64);
  return {
    ...chosen,
    meta: { rev: Math.max(kept.rev, dropped.rev) + 1, hash: kept.hash, ancestors, changedBy: resolvedBy, changedAt: resolvedAt },
  };
}
