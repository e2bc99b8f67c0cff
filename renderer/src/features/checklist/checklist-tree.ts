// Builds the nested rows antd's tree table shows from the flat stored checklist.
import type { StoredItem } from '../../db/database';

export type ChecklistRow = StoredItem & { children?: ChecklistRow[] };

/** Nests items under their parents, keeping reading order; leaves get no `children` key. */
export function toChecklistTree(items: StoredItem[]): ChecklistRow[] {
  const rows = new Map<string, ChecklistRow>(items.map((item) => [item.id, { ...item }]));
  const roots: ChecklistRow[] = [];
  for (const item of items) {
    const row = rows.get(item.id);
    if (!row) continue;
    const parent = item.parentId ? rows.get(item.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}
