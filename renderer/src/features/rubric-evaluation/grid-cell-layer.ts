// The 总览表's body drawn on a canvas: while the grid scrolls, each frame repaints the rows in view —
// the pinned unit name and total, then the cells — in one pass, instead of creating, laying out and
// painting DOM elements for every cell that enters (a 500 × 300 evaluation brings ~25 new cells a
// frame) and compositing each sticky cell on its own layer. The header and the accessible cells
// stay in the DOM (ScoreGrid).
import type { IndicatorColumn } from '../../../../shared/scoring/score-rubric';
import { formatHundredths } from '../../../../shared/scoring/exact';
import type { CellPosition } from './grid-keys';

/** The grid's geometry in CSS px, shared by the DOM parts and the canvas. */
export const GRID = { rowHeight: 34, headerHeight: 48, columnWidth: 120, unitWidth: 120, totalWidth: 80, padding: 8 } as const;
export const FIXED_WIDTH = GRID.unitWidth + GRID.totalWidth;

/** Colours and fonts of the body, from the antd theme (so dark mode follows). */
export type BodyPalette = { background: string; text: string; empty: string; line: string; active: string; font: string; boldFont: string };

/** What the canvas shows: the grid's scroll offsets and the body's size below the header, CSS px. */
export type BodyView = { scrollLeft: number; scrollTop: number; width: number; height: number; pixelRatio: number };

/** What each row shows besides its cells: unit names and totals (hundredths of a point), in row order. */
export type BodyRows = { names: readonly string[]; totals: readonly number[] };

/**
 * The unit row and indicator column under a point of the body (CSS px from its top left, the pinned
 * columns included), or null over the pinned columns or past the last row or column.
 */
export function cellAt(x: number, y: number, view: Pick<BodyView, 'scrollLeft' | 'scrollTop'>, units: number, columns: number): { unit: number; column: number } | null {
  const unit = Math.floor((y + view.scrollTop) / GRID.rowHeight);
  const column = Math.floor((x - FIXED_WIDTH + view.scrollLeft) / GRID.columnWidth);
  return x < FIXED_WIDTH || y < 0 || unit >= units || column >= columns ? null : { unit, column };
}

/**
 * The scroll offsets (CSS px) that bring `cell` wholly into the body of `view`, moving as little as
 * possible; the current ones when it is already in view.
 */
export function scrollToShow(cell: CellPosition, view: Pick<BodyView, 'scrollLeft' | 'scrollTop' | 'width' | 'height'>): { scrollLeft: number; scrollTop: number } {
  const into = (offset: number, start: number, size: number, room: number) => Math.min(start, Math.max(offset, start + size - room));
  return {
    scrollTop: into(view.scrollTop, cell.unit * GRID.rowHeight, GRID.rowHeight, view.height),
    scrollLeft: into(view.scrollLeft, cell.column * GRID.columnWidth, GRID.columnWidth, view.width - FIXED_WIDTH),
  };
}

/** `text` cut to fit `maxWidth` px with an ellipsis, as CSS text-overflow would; remembered per text in `fitted`. */
function fit(context: CanvasRenderingContext2D, text: string, maxWidth: number, fitted: Map<string, string>): string {
  const known = fitted.get(text);
  if (known !== undefined) return known;
  let shown = text;
  if (context.measureText(text).width > maxWidth) {
    while (shown.length > 0 && context.measureText(`${shown}…`).width > maxWidth) shown = shown.slice(0, -1);
    shown = `${shown}…`;
  }
  fitted.set(text, shown);
  return shown;
}

/**
 * Paints the body rows in view onto `context` (whose canvas is `view.width × view.height` CSS px at
 * `view.pixelRatio`): per row the unit name (cut with "…" to its column), its total in bold and
 * each cell's points right-aligned to two decimals ("—" when unscored), with 1 px grid lines right
 * and below each box, and a 2 px frame round the `active` cell when it is in view. `fitted` remembers cut names between frames (clear it when the font changes).
 * Throws nothing.
 */
export function drawBody(context: CanvasRenderingContext2D, columns: readonly IndicatorColumn[], rows: BodyRows, view: BodyView, palette: BodyPalette, fitted: Map<string, string>, active: CellPosition | null): void {
  const { rowHeight, columnWidth, unitWidth, padding } = GRID;
  const units = rows.totals.length;
  context.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  context.fillStyle = palette.background;
  context.fillRect(0, 0, view.width, view.height);
  const firstUnit = Math.floor(view.scrollTop / rowHeight);
  const lastUnit = Math.min(units - 1, Math.floor((view.scrollTop + view.height) / rowHeight));
  const firstColumn = Math.floor(view.scrollLeft / columnWidth);
  const lastColumn = Math.min(columns.length - 1, Math.floor((view.scrollLeft + view.width - FIXED_WIDTH) / columnWidth));
  const middle = (unit: number) => unit * rowHeight - view.scrollTop + (rowHeight - 1) / 2;
  const left = (column: number) => FIXED_WIDTH + column * columnWidth - view.scrollLeft;
  context.textBaseline = 'middle';
  context.font = palette.font;
  context.textAlign = 'left';
  context.fillStyle = palette.text;
  for (let unit = firstUnit; unit <= lastUnit; unit++) context.fillText(fit(context, rows.names[unit]!, unitWidth - 1 - 2 * padding, fitted), padding, middle(unit));
  context.textAlign = 'right';
  context.save();
  context.beginPath();
  context.rect(FIXED_WIDTH, 0, view.width - FIXED_WIDTH, view.height);
  context.clip();
  for (let column = firstColumn; column <= lastColumn; column++) {
    const points = columns[column]!.points;
    const right = left(column + 1) - 1 - padding;
    for (let unit = firstUnit; unit <= lastUnit; unit++) {
      const value = points[unit];
      const empty = value === null || value === undefined;
      context.fillStyle = empty ? palette.empty : palette.text;
      context.fillText(empty ? '—' : formatHundredths(value), right, middle(unit));
    }
  }
  context.fillStyle = palette.line;
  for (let column = firstColumn; column <= lastColumn; column++) context.fillRect(left(column + 1) - 1, 0, 1, view.height);
  if (active) {
    context.strokeStyle = palette.active;
    context.lineWidth = 2;
    context.strokeRect(left(active.column) + 1, active.unit * rowHeight - view.scrollTop + 1, columnWidth - 2, rowHeight - 2);
  }
  context.restore();
  context.font = palette.boldFont;
  context.fillStyle = palette.text;
  for (let unit = firstUnit; unit <= lastUnit; unit++) context.fillText(formatHundredths(rows.totals[unit]!), FIXED_WIDTH - 1 - padding, middle(unit));
  context.fillStyle = palette.line;
  context.fillRect(unitWidth - 1, 0, 1, view.height);
  context.fillRect(FIXED_WIDTH - 1, 0, 1, view.height);
  for (let unit = firstUnit; unit <= lastUnit; unit++) context.fillRect(0, (unit + 1) * rowHeight - view.scrollTop - 1, view.width, 1);
}
