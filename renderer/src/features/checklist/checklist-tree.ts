// Builds the nested rows antd's tree table shows from the flat stored checklist.
import type { ChecklistItem } from '../../../../shared/domain/types';

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
