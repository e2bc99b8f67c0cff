// Which root section each checklist item sits under.
import type { ChecklistItem } from '../domain/types';

/** Maps each item id to the id of its root item. */
export function rootSectionIndex(items: ChecklistItem[]): Map<string, string> {
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  const rootOf = new Map<string, string>();
  for (const item of items) {
    let id = item.id;
    let parent = parentOf.get(id) ?? null;
    while (parent !== null) {
      id = parent;
      parent = parentOf.get(id) ?? null;
    }
    rootOf.set(item.id, id);
  }
  return rootOf;
}
