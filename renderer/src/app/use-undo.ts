// The undo stack for components: the action 撤销 would undo next, and `undo()` that undoes it.
import { useCallback, useSyncExternalStore } from 'react';

import { subscribeUndo, undoEntries, undoLast } from '../services/undo-service';

/** `next`: the label of the action 撤销 undoes (null when none); `undo()`: its label once undone, or null. */
export function useUndo() {
  const entries = useSyncExternalStore(subscribeUndo, undoEntries);
  const undo = useCallback(() => undoLast(), []);
  return { next: entries[entries.length - 1]?.label ?? null, count: entries.length, undo };
}
