// The stored checklist (flat, in reading order) as a tree of rows, and that tree as the flat list of
// rows a virtual list shows with some branches collapsed.
import type { ChecklistItem } from '#shared/domain/types';

export type ChecklistRow<T extends ChecklistItem = ChecklistItem> = T & { children?: Array<ChecklistRow<T>> };

/** Nests items (stored or under review) under their parents, keeping reading order; leaves get no `children` key. */
export function toChecklistTree<T extends ChecklistItem>(items: readonly T[]): Array<ChecklistRow<T>> {
  const rows = new Map<string, ChecklistRow<T>>(items.map((item) => [item.id, { ...item }]));
  const roots: Array<ChecklistRow<T>> = [];
  for (const item of items) {
    const row = rows.get(item.id);
    if (!row) continue;
    const parent = item.parentId ? rows.get(item.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

/** A row as a flat list shows it: the row and how deep it sits (0 for a root). */
export type VisibleRow<T extends ChecklistItem = ChecklistItem> = { row: ChecklistRow<T>; depth: number };

/**
 * The rows of a tree in reading order, as a flat list for virtual scrolling: the descendants of a
 * row whose id is in `collapsed` are left out.
 */
export function visibleRows<T extends ChecklistItem>(
  roots: ReadonlyArray<ChecklistRow<T>>,
  collapsed: ReadonlySet<string>,
): Array<VisibleRow<T>> {
  const out: Array<VisibleRow<T>> = [];
  const visit = (rows: ReadonlyArray<ChecklistRow<T>>, depth: number) => {
    for (const row of rows) {
      out.push({ row, depth });
      if (row.children && !collapsed.has(row.id)) visit(row.children, depth + 1);
    }
  };
  visit(roots, 0);
  return out;
}
