import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatHundredths } from '#shared/numbers/exact';
import { importRubricFile } from '#shared/rubric/import-rubric-file';
import { type NamedInputs, resolveNamedInputs } from '#shared/scoring/score-inputs';
import { scoreRubric } from '#shared/scoring/score-rubric';

import { SEED, seedBytes } from '../../../../test/fixtures/seeds';
import { type BodyView, cellAt, type CutNames, drawGrid, FIXED_WIDTH, GRID, type GridPalette, scrollToShow } from './grid-canvas';

const HEADINGS = { unit: '单位', total: '总分' };
const H = GRID.headerHeight;
const cutNames = (): CutNames => ({ units: new Map(), indicators: new Map() });
const PALETTE: GridPalette = {
  background: 'white',
  text: 'black',
  empty: 'grey',
  line: 'silver',
  active: 'red',
  font: '14px sans-serif',
  boldFont: '600 14px sans-serif',
};

type Drawn = { text: string; x: number; y: number; fillStyle: string; font: string; textAlign: string };

type Box = { x: number; y: number; width: number; height: number };

/** The part of `box` inside `clip` (all of it when there is no clip), or null when none is. */
function clipped(box: Box, clip: Box | null): Box | null {
  if (!clip) return box;
  const [x, y] = [Math.max(box.x, clip.x), Math.max(box.y, clip.y)];
  const [right, bottom] = [Math.min(box.x + box.width, clip.x + clip.width), Math.min(box.y + box.height, clip.y + clip.height)];
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The canvas calls drawGrid makes, recorded; text is 14 px a character wide; rectangles filled as far as the clip shows them. */
function recordingContext() {
  const texts: Drawn[] = [];
  const fills: Array<Box & { fillStyle: string }> = [];
  const frames: Array<{ x: number; y: number; width: number; height: number; strokeStyle: string }> = [];
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    strokeRect(x: number, y: number, width: number, height: number) {
      frames.push({ x, y, width, height, strokeStyle: context.strokeStyle });
    },
    fillStyle: '',
    font: '',
    textAlign: '',
    textBaseline: '',
    setTransform() {},
    path: null as Box | null,
    clipBox: null as Box | null,
    fillRect(x: number, y: number, width: number, height: number) {
      const shown = clipped({ x, y, width, height }, context.clipBox);
      if (shown) fills.push({ ...shown, fillStyle: context.fillStyle });
    },
    // Like a canvas, restore() brings back the font, colours and clip of the matching save().
    saved: [] as Array<{ fillStyle: string; font: string; textAlign: string; strokeStyle: string; clipBox: Box | null }>,
    save() {
      context.saved.push({
        fillStyle: context.fillStyle,
        font: context.font,
        textAlign: context.textAlign,
        strokeStyle: context.strokeStyle,
        clipBox: context.clipBox,
      });
    },
    restore() {
      Object.assign(context, context.saved.pop());
    },
    beginPath() {
      context.path = null;
    },
    rect(x: number, y: number, width: number, height: number) {
      context.path = { x, y, width, height };
    },
    clip() {
      context.clipBox = context.clipBox ? clipped(context.path!, context.clipBox) : context.path;
    },
    measureText: (text: string) => ({ width: 14 * [...text].length }),
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, fillStyle: context.fillStyle, font: context.font, textAlign: context.textAlign });
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, texts, frames, fills };
}

/** Seed 004's rubric scored for six units (test/fixtures/scoring), 乙区's second indicator left unscored. */
async function seedScores() {
  const system = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
  const named = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../test/fixtures/scoring/seed004-six-units.inputs.json'), 'utf8'),
  ) as NamedInputs;
  const { unitIds, inputs } = resolveNamedInputs(system, named);
  const scores = scoreRubric(system, unitIds, inputs, { tieRule: 'competition', notApplicable: 'rescale' });
  const unscored = scores.columns[1]!.indicator.id;
  return scoreRubric(
    system,
    unitIds,
    inputs.filter((input) => !(input.unitId === unitIds[1] && input.indicatorId === unscored)),
    { tieRule: 'competition', notApplicable: 'rescale' },
  );
}

describe('the 总览表 body on a canvas (seed 004, six units)', () => {
  it('draws exactly the cells in view with the points the DOM cells show, and cellAt finds each one under its text', async () => {
    const scores = await seedScores();
    const { context, texts } = recordingContext();
    const view: BodyView = { scrollLeft: 130, scrollTop: 40, width: 700, height: 150, pixelRatio: 2 };
    drawGrid(
      context,
      scores.columns,
      { names: scores.unitIds, totals: scores.units.map((unit) => unit.total) },
      HEADINGS,
      view,
      PALETTE,
      cutNames(),
      null,
    );
    const cells = texts.filter((drawn) => drawn.x > FIXED_WIDTH && drawn.y > H);
    const drawn = new Set<string>();
    for (const cell of cells) {
      const at = cellAt(cell.x - 1, cell.y - H, view, scores.unitIds.length, scores.columns.length)!;
      const points = scores.columns[at.column]!.points[at.unit];
      expect(cell.text).toBe(points === null || points === undefined ? '—' : formatHundredths(points));
      expect(cell.fillStyle).toBe(points === null || points === undefined ? PALETTE.empty : PALETTE.text);
      expect(cell.textAlign).toBe('right');
      drawn.add(`${at.unit}:${at.column}`);
    }
    // In view: every box that overlaps the body right of the pinned columns.
    const inView = new Set<string>();
    for (let unit = 0; unit < scores.unitIds.length; unit++)
      for (let column = 0; column < scores.columns.length; column++) {
        const top = unit * GRID.rowHeight - view.scrollTop;
        const left = FIXED_WIDTH + column * GRID.columnWidth - view.scrollLeft;
        if (top < view.height && top + GRID.rowHeight > 0 && left < view.width && left + GRID.columnWidth > FIXED_WIDTH)
          inView.add(`${unit}:${column}`);
      }
    expect(drawn).toEqual(inView);
    expect(drawn.has(`1:1`)).toBe(true); // the unscored cell, drawn as "—"
    const unscored = cells.find((cell) => {
      const at = cellAt(cell.x - 1, cell.y - H, view, scores.unitIds.length, scores.columns.length);
      return at?.unit === 1 && at.column === 1;
    });
    expect(unscored?.text).toBe('—');
  });

  it('draws each row in view its unit name and its total in bold, the same rows as its cells', async () => {
    const scores = await seedScores();
    const { context, texts } = recordingContext();
    const view: BodyView = { scrollLeft: 0, scrollTop: 20, width: 900, height: 100, pixelRatio: 1 };
    const names = scores.unitIds.map((_, index) => `第${index + 1}区`);
    drawGrid(context, scores.columns, { names, totals: scores.units.map((unit) => unit.total) }, HEADINGS, view, PALETTE, cutNames(), null);
    const rowOf = (y: number) => Math.floor((y - H + view.scrollTop) / GRID.rowHeight);
    const nameRows = texts.filter((drawn) => drawn.x === GRID.padding && drawn.y > H).map((drawn) => [rowOf(drawn.y), drawn.text]);
    const totalRows = texts
      .filter((drawn) => drawn.x > GRID.unitWidth && drawn.x < FIXED_WIDTH && drawn.y > H)
      .map((drawn) => [rowOf(drawn.y), drawn.text, drawn.font]);
    const cellRows = [...new Set(texts.filter((drawn) => drawn.x > FIXED_WIDTH && drawn.y > H).map((drawn) => rowOf(drawn.y)))];
    expect(nameRows).toEqual(cellRows.map((row) => [row, names[row]]));
    for (const drawn of texts.filter((text) => text.x === GRID.padding && text.y > H))
      expect([drawn.font, drawn.fillStyle]).toEqual([PALETTE.font, PALETTE.text]);
    expect(totalRows).toEqual(cellRows.map((row) => [row, formatHundredths(scores.units[row]!.total), PALETTE.boldFont]));
  });

  it('draws a grid line under each row in view across the whole width, the pinned columns and the cells alike', async () => {
    const scores = await seedScores();
    const { context, fills } = recordingContext();
    const view: BodyView = { scrollLeft: 130, scrollTop: 40, width: 700, height: 150, pixelRatio: 1 };
    drawGrid(
      context,
      scores.columns,
      { names: scores.unitIds, totals: scores.units.map((unit) => unit.total) },
      HEADINGS,
      view,
      PALETTE,
      cutNames(),
      null,
    );
    const lines = fills.filter((fill) => fill.fillStyle === PALETTE.line && fill.height === 1 && fill.y >= H);
    let checked = 0;
    for (let unit = 0; unit < scores.unitIds.length; unit++) {
      const y = H + (unit + 1) * GRID.rowHeight - view.scrollTop - 1;
      if (y < H || y >= H + view.height) continue;
      const atY = lines.filter((line) => line.y === y);
      expect(Math.min(...atY.map((line) => line.x))).toBe(0);
      expect(Math.max(...atY.map((line) => line.x + line.width))).toBe(view.width);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('cuts a unit name longer than its column with "…", keeping as much as fits', async () => {
    const scores = await seedScores();
    const { context, texts } = recordingContext();
    const long = '洛阳市行政审批和政务信息管理局高新技术开发区分局';
    const names = scores.unitIds.map((_, index) => (index === 0 ? long : `第${index + 1}区`));
    drawGrid(
      context,
      scores.columns,
      { names, totals: scores.units.map((unit) => unit.total) },
      HEADINGS,
      { scrollLeft: 0, scrollTop: 0, width: 900, height: 100, pixelRatio: 1 },
      PALETTE,
      cutNames(),
      null,
    );
    const shown = texts.find((drawn) => drawn.x === GRID.padding && drawn.y > H && drawn.y < H + GRID.rowHeight)!.text;
    const room = GRID.unitWidth - 1 - 2 * GRID.padding;
    const kept = shown.slice(0, -1);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(kept)).toBe(true);
    expect(14 * (kept.length + 1)).toBeLessThanOrEqual(room);
    expect(14 * (kept.length + 2)).toBeGreaterThan(room);
    expect(texts.map((drawn) => drawn.text)).toContain('第2区'); // short names stay whole
  });

  it('frames the active cell: the frame lies inside that cell, in the accent colour', async () => {
    const scores = await seedScores();
    const { context, frames } = recordingContext();
    const view: BodyView = { scrollLeft: 130, scrollTop: 40, width: 700, height: 150, pixelRatio: 1 };
    drawGrid(
      context,
      scores.columns,
      { names: scores.unitIds, totals: scores.units.map((unit) => unit.total) },
      HEADINGS,
      view,
      PALETTE,
      cutNames(),
      { unit: 2, column: 3 },
    );
    expect(frames).toHaveLength(1);
    const [frame] = frames;
    expect(frame!.strokeStyle).toBe(PALETTE.active);
    for (const [x, y] of [
      [frame!.x, frame!.y],
      [frame!.x + frame!.width - 1, frame!.y + frame!.height - 1],
    ])
      expect(cellAt(x!, y! - H, view, scores.unitIds.length, scores.columns.length)).toEqual({ unit: 2, column: 3 });
  });
});

describe('the 总览表 header on the canvas', () => {
  it('heads each column in view with its indicator name in at most two lines, cut with "…" only when longer, and the pinned columns with their headings', async () => {
    const scores = await seedScores();
    const { context, texts } = recordingContext();
    const view: BodyView = { scrollLeft: 0, scrollTop: 0, width: 200 + 12 * GRID.columnWidth, height: 100, pixelRatio: 1 };
    drawGrid(
      context,
      scores.columns,
      { names: scores.unitIds, totals: scores.units.map((unit) => unit.total) },
      HEADINGS,
      view,
      PALETTE,
      cutNames(),
      null,
    );
    const header = texts.filter((drawn) => drawn.y < H);
    expect(header.filter((drawn) => drawn.x < FIXED_WIDTH).map((drawn) => drawn.text)).toEqual([HEADINGS.unit, HEADINGS.total]);
    for (const drawn of header) expect([drawn.font, drawn.fillStyle]).toEqual([PALETTE.boldFont, PALETTE.text]);
    const room = GRID.columnWidth - 1 - 2 * GRID.padding;
    let cut = 0;
    for (let column = 0; column < 12; column++) {
      const name = scores.columns[column]!.indicator.name;
      const lines = header
        .filter((drawn) => drawn.x === FIXED_WIDTH + column * GRID.columnWidth + GRID.padding)
        .sort((a, b) => a.y - b.y)
        .map((drawn) => drawn.text);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(14 * line.length).toBeLessThanOrEqual(room);
      const shown = lines.join('');
      if (shown.endsWith('…')) {
        cut++;
        expect(name.startsWith(shown.slice(0, -1))).toBe(true);
      } else expect(shown).toBe(name);
    }
    expect(cut).toBeGreaterThan(0); // seed 004 has names longer than two lines of a column
  });
});

describe('scrollToShow', () => {
  const view = { scrollLeft: 240, scrollTop: 340, width: 200 + 5 * GRID.columnWidth, height: 10 * GRID.rowHeight };
  it('leaves the view alone when the cell is wholly in it', () => {
    expect(scrollToShow({ unit: 12, column: 4 }, view)).toEqual({ scrollLeft: 240, scrollTop: 340 });
  });
  it('scrolls just far enough to bring a cell above or left of the view to its top or left edge', () => {
    expect(scrollToShow({ unit: 3, column: 1 }, view)).toEqual({ scrollLeft: GRID.columnWidth, scrollTop: 3 * GRID.rowHeight });
  });
  it('scrolls just far enough to bring a cell below or right of the view to its bottom or right edge', () => {
    const shown = scrollToShow({ unit: 40, column: 30 }, view);
    expect(shown.scrollTop + view.height).toBe(41 * GRID.rowHeight);
    expect(shown.scrollLeft + view.width - FIXED_WIDTH).toBe(31 * GRID.columnWidth);
  });
});
