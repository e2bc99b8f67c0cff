// What changed between a stored checklist and a new reading of the same document (a corrected or
// updated file re-imported): items kept as they were, changed, added and removed. Matching keeps
// the stored ids of items that remain, so their cells stay with them.
import type { ChecklistItem } from '../domain/types';
import { itemContentKey, normaliseReading } from '../read/fingerprint';

/** What differs in a changed item. */
export type ChangedField = 'kind' | 'number' | 'text' | 'owners' | 'deadline';

export type ItemPair = { before: ChecklistItem; after: ChecklistItem };

export type ChecklistDiff = {
  unchanged: ItemPair[];
  changed: Array<ItemPair & { fields: ChangedField[] }>;
  /** Items of the new reading that match none stored. */
  added: ChecklistItem[];
  /** Stored items the new reading no longer has. */
  removed: ChecklistItem[];
};

/** Two texts at least this alike (character-pair Dice coefficient) are one item whose text was edited. */
export const SIMILAR_TEXT = 0.6;
/** Beyond this many unmatched pairs the similarity pass is skipped (it compares every pair). */
const MAX_SIMILARITY_PAIRS = 250_000;

/**
 * Matches the items of `before` (stored) and `after` (new reading). Passes, each over the items
 * still unmatched, in reading order: the same content (itemContentKey) → unchanged; then the same
 * text, the same kind and number path (一/1/（1）), and finally the same kind with a text at least
 * SIMILAR_TEXT alike (most alike first) → changed. The rest are added or removed. Every list is in
 * the reading order of `after` (removed items: of `before`).
 */
export function diffChecklists(before: readonly ChecklistItem[], after: readonly ChecklistItem[]): ChecklistDiff {
  const pairs: ItemPair[] = [];
  const open = { before: [...before], after: [...after] };
  const pass = (keyOf: (item: ChecklistItem, side: ReadonlyMap<string, ChecklistItem>) => string | null) => {
    const [beforeById, afterById] = [new Map(before.map((item) => [item.id, item])), new Map(after.map((item) => [item.id, item]))];
    const candidates = new Map<string, ChecklistItem[]>();
    for (const item of open.before) {
      const key = keyOf(item, beforeById);
      if (key !== null) candidates.set(key, [...(candidates.get(key) ?? []), item]);
    }
    const matched = new Set<ChecklistItem>();
    for (const item of open.after) {
      const key = keyOf(item, afterById);
      const found = key === null ? undefined : candidates.get(key)?.shift();
      if (!found) continue;
      pairs.push({ before: found, after: item });
      matched.add(found).add(item);
    }
    open.before = open.before.filter((item) => !matched.has(item));
    open.after = open.after.filter((item) => !matched.has(item));
  };
  pass(itemContentKey);
  const unchangedCount = pairs.length;
  pass((item) => normaliseReading(item.text) || null);
  pass(numberPath);
  matchSimilar(open, pairs);
  const position = new Map(after.map((item, index) => [item, index]));
  const inReadingOrder = (list: ItemPair[]) => list.sort((x, y) => position.get(x.after)! - position.get(y.after)!);
  return {
    unchanged: inReadingOrder(pairs.slice(0, unchangedCount)),
    changed: inReadingOrder(pairs.slice(unchangedCount)).map((pair) => ({ ...pair, fields: changedFields(pair) })),
    added: open.after,
    removed: open.before,
  };
}

/** "kind:一/1/3" — the numbers of the item and its ancestors; null when the item has no number. */
function numberPath(item: ChecklistItem, byId: ReadonlyMap<string, ChecklistItem>): string | null {
  if (!item.number) return null;
  const path: string[] = [];
  for (let current: ChecklistItem | undefined = item; current; current = current.parentId ? byId.get(current.parentId) : undefined)
    path.unshift(normaliseReading(current.number));
  return `${item.kind}:${path.join('/')}`;
}

function matchSimilar(open: { before: ChecklistItem[]; after: ChecklistItem[] }, pairs: ItemPair[]): void {
  if (open.before.length * open.after.length > MAX_SIMILARITY_PAIRS) return;
  const scored: Array<{ before: ChecklistItem; after: ChecklistItem; score: number }> = [];
  for (const a of open.before) {
    for (const b of open.after) {
      if (a.kind !== b.kind) continue;
      const score = dice(normaliseReading(a.text), normaliseReading(b.text));
      if (score >= SIMILAR_TEXT) scored.push({ before: a, after: b, score });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const used = new Set<ChecklistItem>();
  for (const { before, after } of scored) {
    if (used.has(before) || used.has(after)) continue;
    used.add(before).add(after);
    pairs.push({ before, after });
  }
  open.before = open.before.filter((item) => !used.has(item));
  open.after = open.after.filter((item) => !used.has(item));
}

/** Dice coefficient of the character pairs of two texts (1 = same pairs, 0 = none shared). */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let index = 0; index < a.length - 1; index++)
    counts.set(a.slice(index, index + 2), (counts.get(a.slice(index, index + 2)) ?? 0) + 1);
  let shared = 0;
  for (let index = 0; index < b.length - 1; index++) {
    const pair = b.slice(index, index + 2);
    const count = counts.get(pair) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(pair, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

function changedFields({ before, after }: ItemPair): ChangedField[] {
  const units = (item: ChecklistItem) =>
    [item.leadUnits, item.responsibleUnits, item.supportingUnits].map((names) => names.map(normaliseReading).sort().join('、')).join('|') +
    normaliseReading(item.owner ?? '');
  const checks: Record<ChangedField, boolean> = {
    kind: before.kind !== after.kind,
    number: normaliseReading(before.number) !== normaliseReading(after.number),
    text: normaliseReading(before.text) !== normaliseReading(after.text),
    owners: units(before) !== units(after),
    deadline: normaliseReading(before.deadline?.text ?? '') !== normaliseReading(after.deadline?.text ?? ''),
  };
  return (Object.keys(checks) as ChangedField[]).filter((field) => checks[field]);
}

/**
 * The new reading as it is stored over the old one: the items of `after` in their order, each
 * matched item under its stored id (and parents re-pointed), so cells on kept and changed
 * items stay; items only in `after` keep their new ids.
 */
export function applyChecklistDiff(after: readonly ChecklistItem[], diff: ChecklistDiff): ChecklistItem[] {
  const storedId = new Map([...diff.unchanged, ...diff.changed].map(({ before, after: item }) => [item.id, before.id]));
  const idOf = (id: string) => storedId.get(id) ?? id;
  return after.map((item) => ({ ...item, id: idOf(item.id), parentId: item.parentId === null ? null : idOf(item.parentId) }));
}
