// The edits a reviewer makes to a parsed checklist before it is saved: change a field, drop
// noise, merge, split, move and re-nest items. Items stay in reading order with every item's
// descendants right after it (as the parser gives them); every edit returns a new array.
import type { ChecklistItem } from '../domain/types';
import { titleOf } from './parse-outline';

/** The fields a reviewer may edit directly. */
export type ItemPatch = Partial<
  Pick<ChecklistItem, 'kind' | 'number' | 'title' | 'text' | 'leadUnits' | 'responsibleUnits' | 'supportingUnits' | 'owner' | 'deadline'>
>;

/** Thrown when an edit cannot apply (no previous item to merge with…); the message is for the user. */
export class ChecklistEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChecklistEditError';
  }
}

/** Output: the items with `patch` applied to the item `id`. */
export function updateItem(items: readonly ChecklistItem[], id: string, patch: ItemPatch): ChecklistItem[] {
  return items.map((item) => (item.id === id ? confirmed({ ...item, ...patch }, patch) : item));
}

/** Owners or a deadline the reviewer set are no longer inferred: their readAs mark goes. */
function confirmed(item: ChecklistItem, patch: ItemPatch): ChecklistItem {
  if (!item.readAs) return item;
  const { owners, deadline } = item.readAs;
  const ownersSet = 'leadUnits' in patch || 'responsibleUnits' in patch || 'supportingUnits' in patch;
  const readAs = { ...(owners && !ownersSet ? { owners } : {}), ...(deadline && !('deadline' in patch) ? { deadline } : {}) };
  const rest = { ...item };
  delete rest.readAs;
  return Object.keys(readAs).length > 0 ? { ...rest, readAs } : rest;
}

/** Drops the item `id` (noise); its children move up to its parent, in place. */
export function removeItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  const removed = find(items, id);
  return items.filter((item) => item.id !== id).map((item) => (item.parentId === id ? { ...item, parentId: removed.parentId } : item));
}

/**
 * Merges the item `id` into the sibling before it: texts joined, owners united, the earlier
 * deadline and 责任人 kept where given, the later's children adopted. Throws ChecklistEditError
 * when the item is the first of its level.
 */
export function mergeIntoPrevious(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  const item = find(items, id);
  const previous = previousSibling(items, id);
  if (!previous) throw new ChecklistEditError('这是同级的第一条，没有可合并的上一条。');
  const merged: ChecklistItem = {
    ...previous,
    text: [previous.text, item.text].filter(Boolean).join('\n'),
    leadUnits: union(previous.leadUnits, item.leadUnits),
    responsibleUnits: union(previous.responsibleUnits, item.responsibleUnits),
    supportingUnits: union(previous.supportingUnits, item.supportingUnits),
    owner: previous.owner ?? item.owner,
    deadline: previous.deadline ?? item.deadline,
    source: { ...previous.source, excerpt: [previous.source.excerpt, item.source.excerpt].filter(Boolean).join('\n') },
  };
  return items
    .filter((candidate) => candidate.id !== id)
    .map((candidate) =>
      candidate.id === previous.id ? merged : candidate.parentId === id ? { ...candidate, parentId: previous.id } : candidate,
    );
}

/**
 * Splits the item `id` at character `at` of its text into two siblings: the first keeps the id
 * and children, the second (a new id, no number) follows the first's subtree with the same kind,
 * owners and deadline. Titles are taken again from each text. Throws ChecklistEditError when
 * either part would be empty.
 */
export function splitItem(items: readonly ChecklistItem[], id: string, at: number): ChecklistItem[] {
  const index = indexOf(items, id);
  const item = items[index]!;
  const [head, tail] = [item.text.slice(0, at).trim(), item.text.slice(at).trim()];
  if (!head || !tail) throw new ChecklistEditError('拆分点两侧都要有文字。');
  const ids = new Set(items.map((candidate) => candidate.id));
  let suffix = 2;
  while (ids.has(`${id}.${suffix}`)) suffix++;
  const first: ChecklistItem = { ...item, text: head, title: titleOf(head) };
  const second: ChecklistItem = { ...item, id: `${id}.${suffix}`, number: '', text: tail, title: titleOf(tail) };
  const end = subtreeEnd(items, index);
  return [...items.slice(0, index), first, ...items.slice(index + 1, end), second, ...items.slice(end)];
}

/** Moves the item `id` (with its children) before its previous or after its next sibling. Throws ChecklistEditError at either end. */
export function moveItem(items: readonly ChecklistItem[], id: string, direction: 'up' | 'down'): ChecklistItem[] {
  const index = indexOf(items, id);
  const end = subtreeEnd(items, index);
  if (direction === 'up') {
    const previous = previousSibling(items, id);
    if (!previous) throw new ChecklistEditError('已是同级的第一条。');
    const start = indexOf(items, previous.id);
    return [...items.slice(0, start), ...items.slice(index, end), ...items.slice(start, index), ...items.slice(end)];
  }
  const next = items[end];
  if (!next || next.parentId !== items[index]!.parentId) throw new ChecklistEditError('已是同级的最后一条。');
  const nextEnd = subtreeEnd(items, end);
  return [...items.slice(0, index), ...items.slice(end, nextEnd), ...items.slice(index, end), ...items.slice(nextEnd)];
}

/**
 * Makes the item `id` the last child of its previous sibling (降级); a 改革举措 that gains a child
 * becomes a 重点任务. Throws ChecklistEditError when there is no previous sibling.
 */
export function indentItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  const previous = previousSibling(items, id);
  if (!previous) throw new ChecklistEditError('同级的第一条不能降级。');
  return items.map((item) =>
    item.id === id
      ? { ...item, parentId: previous.id }
      : item.id === previous.id && item.kind === 'measure'
        ? { ...item, kind: 'task' }
        : item,
  );
}

/** Makes the item `id` the next sibling of its parent (升级), after the parent's subtree. Throws ChecklistEditError at the top level. */
export function outdentItem(items: readonly ChecklistItem[], id: string): ChecklistItem[] {
  const index = indexOf(items, id);
  const item = items[index]!;
  if (!item.parentId) throw new ChecklistEditError('已是最高一级。');
  const parentIndex = indexOf(items, item.parentId);
  const end = subtreeEnd(items, index);
  const parentEnd = subtreeEnd(items, parentIndex);
  const moved = [{ ...item, parentId: items[parentIndex]!.parentId }, ...items.slice(index + 1, end)];
  return [...items.slice(0, index), ...items.slice(end, parentEnd), ...moved, ...items.slice(parentEnd)];
}

function previousSibling(items: readonly ChecklistItem[], id: string): ChecklistItem | undefined {
  const index = indexOf(items, id);
  const parentId = items[index]!.parentId;
  for (let candidate = index - 1; candidate >= 0; candidate--) {
    if (items[candidate]!.parentId === parentId) return items[candidate];
    if (items[candidate]!.id === parentId) return undefined;
  }
  return undefined;
}

/** Index just past the last descendant of the item at `index`. */
function subtreeEnd(items: readonly ChecklistItem[], index: number): number {
  const inside = new Set([items[index]!.id]);
  let end = index + 1;
  while (end < items.length && inside.has(items[end]!.parentId ?? '')) inside.add(items[end++]!.id);
  return end;
}

function indexOf(items: readonly ChecklistItem[], id: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new ChecklistEditError('该条目已不存在。');
  return index;
}

function find(items: readonly ChecklistItem[], id: string): ChecklistItem {
  return items[indexOf(items, id)]!;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
