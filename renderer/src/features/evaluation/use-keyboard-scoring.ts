// Keyboard-first scoring of a unit's measures, as inspectors work through a list in Excel:
// ↑/↓ (or J/K) move, 1 落实 / 2 部分落实 / 3 未落实 / 4 不适用 set the status and go on to the next
// unscored measure, 0 takes it back to 未评, N jumps to the next unscored one, Enter opens the note.
import { type KeyboardEvent, useCallback, useState } from 'react';

import type { ImplementationStatus } from '#shared/domain/types';

/** Status keys in the order the 落实情况 buttons stand. */
export const STATUS_KEYS: Record<string, ImplementationStatus> = {
  '1': 'implemented',
  '2': 'partial',
  '3': 'notImplemented',
  '4': 'notApplicable',
};

type Options = {
  /** Ids of the rows shown, in order. */
  rowIds: readonly string[];
  /** True when the row has a status. */
  isScored: (rowId: string) => boolean;
  setStatus: (rowId: string, status: ImplementationStatus) => void;
  clearStatus: (rowId: string) => void;
  editNote: (rowId: string) => void;
};

/** The first row after `from` (wrapping round) without a status; `from` itself when all have one. */
export function nextUnscored(rowIds: readonly string[], isScored: (rowId: string) => boolean, from: number, skip?: string): number {
  for (let step = 1; step <= rowIds.length; step++) {
    const index = (from + step) % rowIds.length;
    if (rowIds[index] !== skip && !isScored(rowIds[index]!)) return index;
  }
  return from;
}

/** Output: the active row index, a setter (for clicks), and the key handler for the table's container. */
export function useKeyboardScoring({ rowIds, isScored, setStatus, clearStatus, editNote }: Options) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(rowIds.length - 1, 0));
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if ((event.target as HTMLElement).closest('input, textarea') || rowIds.length === 0) return;
      const rowId = rowIds[current]!;
      const status = STATUS_KEYS[event.key];
      if (event.key === 'ArrowDown' || event.key === 'j') setActive(Math.min(current + 1, rowIds.length - 1));
      else if (event.key === 'ArrowUp' || event.key === 'k') setActive(Math.max(current - 1, 0));
      else if (event.key === 'n' || event.key === 'N') setActive(nextUnscored(rowIds, isScored, current));
      else if (event.key === 'Enter') editNote(rowId);
      else if (event.key === '0') clearStatus(rowId);
      else if (status) {
        setStatus(rowId, status);
        // The write is not back yet: the row just scored counts as scored.
        setActive(nextUnscored(rowIds, isScored, current, rowId));
      } else return;
      event.preventDefault();
    },
    [rowIds, current, isScored, setStatus, clearStatus, editNote],
  );
  return { active: current, setActive, onKeyDown };
}
