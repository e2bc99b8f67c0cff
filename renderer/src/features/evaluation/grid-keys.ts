// Moving the 总览表's active cell from the keyboard, as in Excel and WPS 表格.

/** A cell of the grid: the unit's row and the indicator's column, both from 0. */
export type CellPosition = { unit: number; column: number };

/**
 * Where the active cell goes for a key: an arrow one cell, PageUp/PageDown `size.pageRows` rows,
 * Home/End the row's first/last column, Ctrl (⌘) + Home/End the first/last cell — always within
 * the `size.units × size.columns` grid. Null for keys that do not move it. Throws nothing.
 */
export function moveActiveCell(
  active: CellPosition,
  key: { key: string; ctrlKey: boolean; metaKey: boolean },
  size: { units: number; columns: number; pageRows: number },
): CellPosition | null {
  const within = (unit: number, column: number) => ({
    unit: Math.max(0, Math.min(size.units - 1, unit)),
    column: Math.max(0, Math.min(size.columns - 1, column)),
  });
  const toEdge = key.ctrlKey || key.metaKey;
  switch (key.key) {
    case 'ArrowUp':
      return within(active.unit - 1, active.column);
    case 'ArrowDown':
      return within(active.unit + 1, active.column);
    case 'ArrowLeft':
      return within(active.unit, active.column - 1);
    case 'ArrowRight':
      return within(active.unit, active.column + 1);
    case 'PageUp':
      return within(active.unit - size.pageRows, active.column);
    case 'PageDown':
      return within(active.unit + size.pageRows, active.column);
    case 'Home':
      return within(toEdge ? 0 : active.unit, 0);
    case 'End':
      return within(toEdge ? size.units - 1 : active.unit, size.columns - 1);
    default:
      return null;
  }
}

/**
 * Where Enter and Tab take the active cell, as in Excel: Enter one row down (Shift+Enter up), Tab
 * one column right (Shift+Tab left), within the grid. Null for other keys.
 */
export function entryKeyMove(
  active: CellPosition,
  key: { key: string; shiftKey: boolean },
  size: { units: number; columns: number },
): CellPosition | null {
  const within = (unit: number, column: number) => ({
    unit: Math.max(0, Math.min(size.units - 1, unit)),
    column: Math.max(0, Math.min(size.columns - 1, column)),
  });
  if (key.key === 'Enter') return within(active.unit + (key.shiftKey ? -1 : 1), active.column);
  if (key.key === 'Tab') return within(active.unit, active.column + (key.shiftKey ? -1 : 1));
  return null;
}

/**
 * Whether a key typed on the active cell starts an entry there (replacing what the cell shows, as
 * in Excel): one printable character without Ctrl, ⌘ or Alt, Backspace (an empty entry), or an
 * input method starting to compose ("Process": the entry opens and takes what it gives).
 */
export function startsEntry(key: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  if (key.ctrlKey || key.metaKey || key.altKey) return false;
  return key.key === 'Backspace' || key.key === 'Process' || [...key.key].length === 1;
}
