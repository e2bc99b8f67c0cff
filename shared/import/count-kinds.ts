// How many sections, tasks (重点任务) and measures (改革举措) a checklist holds.
import type { ChecklistItemKind } from '../domain/types';

/** Counts per kind; every kind present, 0 when none. */
export function countKinds(items: Iterable<{ kind: ChecklistItemKind }>): Record<ChecklistItemKind, number> {
  const counts: Record<ChecklistItemKind, number> = { section: 0, task: 0, measure: 0 };
  for (const item of items) counts[item.kind] += 1;
  return counts;
}
