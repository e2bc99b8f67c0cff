// Keyboard-first scoring of a unit's list, as inspectors work through a list in Excel: ↑/↓ (or
// J/K) move, N jumps to the next unscored row. On a checklist basis 1 落实 / 2 部分落实 / 3 未落实 /
// 4 不适用 set the status and go on to the next unscored measure, 0 takes it back to 未评 and Enter
// opens the note; on an indicator-system basis Enter or typing a value opens the row's cell input.
import { type KeyboardEvent, useCallback, useState } from 'react';

import type { ImplementationStatus } from '#shared/domain/types';

/** Status keys in the order the 落实情况 buttons stand. */
export const STATUS_KEYS: Record<string, ImplementationStatus> = {
  '1': 'implemented',
  '2': 'partial',
  '3': 'notImplemented',
  '4': 'notApplicable',
};

/** Status keys and 0 (back to 未评): given for a checklist basis, absent for an indicator system. */
type StatusCommands = {
  setStatus: (rowId: string, status: ImplementationStatus) => void;
  clearStatus: (rowId: string) => void;
};

type Options = {
  /** Ids of the rows shown, in order. */
  rowIds: readonly string[];
  /** True when the row has a status or value. */
  isScored: (rowId: string) => boolean;
  /** Opens the row's editor: the note (checklist) or the cell input (indicator system). */
  edit: (rowId: string) => void;
  status?: StatusCommands;
};

/**
 * What a key does in the list: a move, the next unscored row, opening the editor (`typing`: the
 * key is the first character of a value and goes on into the editor), a status, back to 未评,
 * or nothing. `withStatus`: the basis scores by status keys (a checklist).
 */
export type KeyAction =
  | { kind: 'down' | 'up' | 'nextUnscored' | 'clear' | 'none' }
  | { kind: 'edit'; typing: boolean }
  | { kind: 'status'; status: ImplementationStatus };

/** The action of `key` (a KeyboardEvent.key; `modified`: Ctrl, Alt or Meta held) on a list of the given basis. */
export function keyAction(key: string, withStatus: boolean, modified = false): KeyAction {
  if (modified) return { kind: 'none' };
  if (key === 'ArrowDown' || key === 'j') return { kind: 'down' };
  if (key === 'ArrowUp' || key === 'k') return { kind: 'up' };
  if (key === 'n' || key === 'N') return { kind: 'nextUnscored' };
  if (key === 'Enter') return { kind: 'edit', typing: false };
  if (withStatus) {
    if (key === '0') return { kind: 'clear' };
    const status = STATUS_KEYS[key];
    return status ? { kind: 'status', status } : { kind: 'none' };
  }
  return /^[0-9.,\-+]$/.test(key) ? { kind: 'edit', typing: true } : { kind: 'none' };
}

/** The first row after `from` (wrapping round) without a status; `from` itself when all have one. */
export function nextUnscored(rowIds: readonly string[], isScored: (rowId: string) => boolean, from: number, skip?: string): number {
  for (let step = 1; step <= rowIds.length; step++) {
    const index = (from + step) % rowIds.length;
    if (rowIds[index] !== skip && !isScored(rowIds[index]!)) return index;
  }
  return from;
}

/** Output: the active row index, a setter (for clicks), and the key handler for the list's container. */
export function useKeyboardScoring({ rowIds, isScored, edit, status }: Options) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(rowIds.length - 1, 0));
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if ((event.target as HTMLElement).closest('input, textarea, .ant-select') || rowIds.length === 0) return;
      const rowId = rowIds[current]!;
      const action = keyAction(event.key, status !== undefined, event.ctrlKey || event.altKey || event.metaKey);
      if (action.kind === 'none') return;
      if (action.kind === 'down') setActive(Math.min(current + 1, rowIds.length - 1));
      else if (action.kind === 'up') setActive(Math.max(current - 1, 0));
      else if (action.kind === 'nextUnscored') setActive(nextUnscored(rowIds, isScored, current));
      else if (action.kind === 'clear') status?.clearStatus(rowId);
      else if (action.kind === 'status') {
        status?.setStatus(rowId, action.status);
        // The write is not back yet: the row just scored counts as scored.
        setActive(nextUnscored(rowIds, isScored, current, rowId));
      } else if (action.kind === 'edit') {
        edit(rowId);
        // A typed character goes on into the editor just focused.
        if (action.typing) return;
      }
      event.preventDefault();
    },
    [rowIds, current, isScored, edit, status],
  );
  return { active: current, setActive, onKeyDown };
}
