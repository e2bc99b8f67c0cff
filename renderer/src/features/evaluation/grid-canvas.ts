// The 总览表 drawn on a canvas: while the grid scrolls, each frame repaints what is in view — the
// header, the pinned unit name and total columns and the cells — in one pass, instead of creating,
// laying out and painting DOM elements for every cell and header that enters (a 500 × 300
// evaluation brings ~25 new cells a frame), which also repainted the whole page each frame. The
// accessible DOM rows and headers stay in ScoreGrid.
import { formatHundredths } from '#shared/numbers/exact';
import type { IndicatorColumn } from '#shared/scoring/score-rubric';

import type { CellPosition } from './grid-keys';

/** What the cells show: points (hundredths, two decimals) or the values entered (65, "1,3", 不适用). */
export type CellShow = 'points' | 'values';

/**
 * The text of a cell: its points to two decimals, or the value entered ("1,3" for ticked items,
 * `notApplicable` — the interface's word — for not applicable); "—" when there is none.
 */
export function cellText(column: IndicatorColumn, unit: number, show: CellShow, notApplicable: string): string {
  if (show === 'points') {
    const points = column.points[unit];
    return points === null || points === undefined ? '—' : formatHundredths(points);
  }
  const value = column.values[unit];
  if (value === undefined) return '—';
  return value === null ? notApplicable : Array.isArray(value) ? value.join(',') : String(value);
}

/** The grid's geometry in CSS px, shared by the DOM parts and the canvas. */
export const GRID = { rowHeight: 34, headerHeight: 48, columnWidth: 120, unitWidth: 120, totalWidth: 80, padding: 8 } as const;
export const FIXED_WIDTH = GRID.unitWidth + GRID.totalWidth;

/** Colours and fonts of the grid, from the antd theme (so dark mode follows). */
export type GridPalette = { background: string; text: string; empty: string; line: string; active: string; font: string; boldFont: string };

/** What the canvas shows: the grid's scroll offsets and the body's size below the header, CSS px. */
export type BodyView = { scrollLeft: number; scrollTop: number; width: number; height: number; pixelRatio: number };

/** What each row shows besides its cells: unit names and totals (hundredths of a point), in row order. */
export type BodyRows = { names: readonly string[]; totals: readonly number[] };

/** The pinned columns' headings and the word for 不适用 in the values view, in the interface language. */
export type Headings = { unit: string; total: string; notApplicable?: string };

/**
 * The unit row and indicator column under a point of the body (CSS px from its top left, the pinned
 * columns included), or null over the pinned columns or past the last row or column.
 */
export function cellAt(
  x: number,
  y: number,
  view: Pick<BodyView, 'scrollLeft' | 'scrollTop'>,
  units: number,
  columns: number,
): { unit: number; column: number } | null {
  const unit = Math.floor((y + view.scrollTop) / GRID.rowHeight);
  const column = Math.floor((x - FIXED_WIDTH + view.scrollLeft) / GRID.columnWidth);
  return x < FIXED_WIDTH || y < 0 || unit >= units || column >= columns ? null : { unit, column };
}

/**
 * The units and indicator columns (first and last, from 0) with a box at least partly in the body
 * of `view`; last < first when there are none.
 */
export function inView(
  view: Pick<BodyView, 'scrollLeft' | 'scrollTop' | 'width' | 'height'>,
  units: number,
  columns: number,
): { firstUnit: number; lastUnit: number; firstColumn: number; lastColumn: number } {
  return {
    firstUnit: Math.floor(view.scrollTop / GRID.rowHeight),
    lastUnit: Math.min(units - 1, Math.floor((view.scrollTop + view.height - 1) / GRID.rowHeight)),
    firstColumn: Math.floor(view.scrollLeft / GRID.columnWidth),
    lastColumn: Math.min(columns - 1, Math.floor((view.scrollLeft + view.width - FIXED_WIDTH - 1) / GRID.columnWidth)),
  };
}

/**
 * The scroll offsets (CSS px) that bring `cell` wholly into the body of `view`, moving as little as
 * possible; the current ones when it is already in view.
 */
export function scrollToShow(
  cell: CellPosition,
  view: Pick<BodyView, 'scrollLeft' | 'scrollTop' | 'width' | 'height'>,
): { scrollLeft: number; scrollTop: number } {
  const into = (offset: number, start: number, size: number, room: number) => Math.min(start, Math.max(offset, start + size - room));
  return {
    scrollTop: into(view.scrollTop, cell.unit * GRID.rowHeight, GRID.rowHeight, view.height),
    scrollLeft: into(view.scrollLeft, cell.column * GRID.columnWidth, GRID.columnWidth, view.width - FIXED_WIDTH),
  };
}

/** `text` cut to fit `maxWidth` px with an ellipsis, as CSS text-overflow would. */
function fit(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let shown = text;
  while (shown.length > 0 && context.measureText(`${shown}…`).width > maxWidth) shown = shown.slice(0, -1);
  return `${shown}…`;
}

/**
 * `text` in at most two lines of `maxWidth` px, as the header's CSS line clamp would: the first
 * line as long as fits (broken after a space when there is one), the rest cut with "…".
 */
function twoLines(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  if (context.measureText(text).width <= maxWidth) return [text];
  let end = 1;
  while (end < text.length && context.measureText(text.slice(0, end + 1)).width <= maxWidth) end++;
  const space = text.lastIndexOf(' ', end);
  if (space > 0) end = space + 1;
  return [text.slice(0, end).trimEnd(), fit(context, text.slice(end), maxWidth)];
}

/** Names as cut for the canvas, kept between frames: unit names to one line, indicator names to two. */
export type CutNames = { units: Map<string, string>; indicators: Map<string, string[]> };

/** `make()` remembered in `known` under `key`: names are cut once, not every frame. */
function remembered<T>(known: Map<string, T>, key: string, make: () => T): T {
  let value = known.get(key);
  if (value === undefined) known.set(key, (value = make()));
  return value;
}

/**
 * Paints the grid in view onto `context`, whose canvas is `view.width` × (header + `view.height`)
 * CSS px at `view.pixelRatio`: the header (pinned `headings`, then each column's indicator name in
 * at most two lines), and per row the unit name (cut with "…" to its column), its total in bold
 * and each cell's points right-aligned to two decimals ("—" when unscored); 1 px grid lines right
 * and below each box, and a 2 px frame round the `active` cell when it is in view. `cut` keeps
 * the cut names between frames (start a new one when the font changes). With `show` 'values' the
 * cells show the values entered instead of points (cellText). Throws nothing.
 */
export function drawGrid(
  context: CanvasRenderingContext2D,
  columns: readonly IndicatorColumn[],
  rows: BodyRows,
  headings: Headings,
  view: BodyView,
  palette: GridPalette,
  cut: CutNames,
  active: CellPosition | null,
  show: CellShow = 'points',
): void {
  const { rowHeight, headerHeight, columnWidth, unitWidth, padding } = GRID;
  const width = view.width;
  const height = headerHeight + view.height;
  context.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  context.fillStyle = palette.background;
  context.fillRect(0, 0, width, height);
  const { firstUnit, lastUnit, firstColumn, lastColumn } = inView(view, rows.totals.length, columns.length);
  const middle = (unit: number) => headerHeight + unit * rowHeight - view.scrollTop + (rowHeight - 1) / 2;
  const left = (column: number) => FIXED_WIDTH + column * columnWidth - view.scrollLeft;
  const clip = (x: number, y: number, w: number, h: number) => {
    context.save();
    context.beginPath();
    context.rect(x, y, w, h);
    context.clip();
  };
  const room = (boxWidth: number) => boxWidth - 1 - 2 * padding;
  // Each part below sets its own font and colours: restoring a clip restores them too.
  context.textBaseline = 'middle';

  // The cells, right of the pinned columns and below the header.
  clip(FIXED_WIDTH, headerHeight, width - FIXED_WIDTH, view.height);
  context.font = palette.font;
  context.textAlign = 'right';
  for (let column = firstColumn; column <= lastColumn; column++) {
    const right = left(column + 1) - 1 - padding;
    for (let unit = firstUnit; unit <= lastUnit; unit++) {
      const text = cellText(columns[column]!, unit, show, headings.notApplicable ?? '—');
      context.fillStyle = text === '—' ? palette.empty : palette.text;
      context.fillText(show === 'values' ? fit(context, text, room(columnWidth)) : text, right, middle(unit));
    }
  }
  if (active) {
    context.strokeStyle = palette.active;
    context.lineWidth = 2;
    context.strokeRect(
      left(active.column) + 1,
      headerHeight + active.unit * rowHeight - view.scrollTop + 1,
      columnWidth - 2,
      rowHeight - 2,
    );
  }
  context.restore();

  // The pinned columns: unit name and total.
  clip(0, headerHeight, FIXED_WIDTH, view.height);
  context.font = palette.font;
  context.fillStyle = palette.text;
  context.textAlign = 'left';
  for (let unit = firstUnit; unit <= lastUnit; unit++) {
    context.fillText(
      remembered(cut.units, rows.names[unit]!, () => fit(context, rows.names[unit]!, room(unitWidth))),
      padding,
      middle(unit),
    );
  }
  context.font = palette.boldFont;
  context.textAlign = 'right';
  for (let unit = firstUnit; unit <= lastUnit; unit++)
    context.fillText(formatHundredths(rows.totals[unit]!), FIXED_WIDTH - 1 - padding, middle(unit));
  context.restore();

  // The header: indicator names in up to two lines, then the pinned headings.
  clip(FIXED_WIDTH, 0, width - FIXED_WIDTH, headerHeight);
  context.font = palette.boldFont;
  context.textAlign = 'left';
  context.fillStyle = palette.text;
  const lineHeight = 16;
  for (let column = firstColumn; column <= lastColumn; column++) {
    const name = columns[column]!.indicator.name;
    const lines = remembered(cut.indicators, name, () => twoLines(context, name, room(columnWidth)));
    lines.forEach((line, index) =>
      context.fillText(line, left(column) + padding, headerHeight / 2 + (index - (lines.length - 1) / 2) * lineHeight),
    );
  }
  context.restore();
  context.font = palette.boldFont;
  context.textAlign = 'left';
  context.fillStyle = palette.text;
  context.fillText(headings.unit, padding, headerHeight / 2);
  context.fillText(headings.total, unitWidth + padding, headerHeight / 2);

  // Grid lines under every row in view (across the pinned columns and the cells), down every
  // column in view and under the header.
  context.fillStyle = palette.line;
  clip(0, headerHeight, width, view.height);
  for (let unit = firstUnit; unit <= lastUnit; unit++)
    context.fillRect(0, headerHeight + (unit + 1) * rowHeight - view.scrollTop - 1, width, 1);
  context.restore();
  clip(FIXED_WIDTH, 0, width - FIXED_WIDTH, height);
  for (let column = firstColumn; column <= lastColumn; column++) context.fillRect(left(column + 1) - 1, 0, 1, height);
  context.restore();
  context.fillRect(unitWidth - 1, 0, 1, height);
  context.fillRect(FIXED_WIDTH - 1, 0, 1, height);
  context.fillRect(0, headerHeight - 1, width, 1);
}
