// 总览表: units × indicators, drawn on a canvas (grid-canvas) that repaints what is in view on every
// scroll event — the header, the pinned unit and total columns and the cells — so a 500 × 300
// evaluation scrolls like a small one. Once scrolling stops, the header and rows in view are also
// laid under the canvas as transparent DOM rows and cells, for screen readers, hover texts and tests
// by role. A cell shows its points or, by a switch, the value entered (its reason on hover). It is
// edited in the cell as in Excel and WPS: a click or the arrow keys choose the active cell, typing
// starts an entry (F2 or a double click edits the value there), Enter commits and goes down, Tab
// right, Esc drops the entry; an entry the validator refuses stays open with its reason and is not
// stored. Ticked items and levels also open their choice list (double click or Alt+↓).
import { App, Modal, Segmented, theme, Typography } from 'antd';
import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  type MouseEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import type { Indicator } from '#shared/domain/indicator-system';
import { formatHundredths } from '#shared/numbers/exact';
import type { InputValue } from '#shared/scoring/rule-points';
import { explainCell, type IndicatorColumn, type RubricScores } from '#shared/scoring/score-rubric';
import { validateInput } from '#shared/scoring/validate-input';

import { t } from '../../i18n';
import { CellInput, inputText, sameInput } from './CellInput';
import {
  cellAt,
  type CellShow,
  cellText,
  type CutNames,
  drawGrid,
  FIXED_WIDTH,
  GRID,
  type GridPalette,
  inView,
  scrollToShow,
} from './grid-canvas';
import { type CellPosition, entryKeyMove, moveActiveCell, startsEntry } from './grid-keys';
import styles from './ScoreGrid.module.css';

type Props = {
  scores: RubricScores;
  unitNames: Map<string, string>;
  valueOf: (unitId: string, indicator: Indicator) => InputValue | null | undefined;
  onValue: (unitId: string, indicator: Indicator, value: InputValue | undefined) => void;
};

const MAX_HEIGHT = 520;
/** How long the grid must be still before its DOM rows follow, ms. */
const SETTLE_MS = 150;

/** An entry being typed in a cell: typed = started by typing (arrows then commit and move, as in Excel). */
type Entry = { cell: CellPosition; text: string; typed: boolean; error: string | null };

export function ScoreGrid({ scores, unitNames, valueOf, onValue }: Props) {
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const [entry, setEntry] = useState<Entry | null>(null);
  const [show, setShow] = useState<CellShow>('points');
  const [active, setActive] = useState<CellPosition | null>(null);
  const { message } = App.useApp();
  const cellId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [area, setArea] = useState({ width: 0, height: 0, pixelRatio: 1 });
  const [settled, setSettled] = useState({ scrollLeft: 0, scrollTop: 0 });
  const { token } = theme.useToken();
  const palette = useMemo<GridPalette>(() => {
    const font = `${token.fontSize}px ${token.fontFamily}`;
    return {
      background: token.colorBgContainer,
      text: token.colorText,
      empty: token.colorTextQuaternary,
      line: token.colorBorderSecondary,
      active: token.colorPrimary,
      font,
      boldFont: `600 ${font}`,
    };
  }, [token]);
  const names = useMemo(() => scores.unitIds.map((id) => unitNames.get(id) ?? id), [scores.unitIds, unitNames]);
  const [unitHeading, totalHeading, notApplicable] = [t('单位'), t('总分'), t('不适用')];
  const headings = useMemo(() => ({ unit: unitHeading, total: totalHeading, notApplicable }), [unitHeading, totalHeading, notApplicable]);
  const width = FIXED_WIDTH + scores.columns.length * GRID.columnWidth;
  const height = GRID.headerHeight + scores.unitIds.length * GRID.rowHeight;
  const bodyHeight = area.height - GRID.headerHeight;

  // What the canvas covers: the scroller's inside, no larger than the grid, at the screen's pixel
  // ratio (which changes when the window moves to another screen).
  useLayoutEffect(() => {
    const element = scroller.current!;
    const measure = () =>
      setArea({
        width: Math.min(element.clientWidth, width),
        height: Math.min(element.clientHeight, height),
        pixelRatio: window.devicePixelRatio,
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const screen = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    screen.addEventListener('change', measure);
    return () => {
      observer.disconnect();
      screen.removeEventListener('change', measure);
    };
  }, [width, height, area.pixelRatio]);

  // Paint on every scroll event (the frame the browser scrolls) and whenever the scores, the
  // names, the size, the theme or the active cell change.
  useLayoutEffect(() => {
    const element = scroller.current!;
    const context = canvas.current?.getContext('2d');
    if (!context || area.width === 0 || area.height <= GRID.headerHeight) return;
    const body = { names, totals: scores.units.map((unit) => unit.total) };
    const cut: CutNames = { units: new Map(), indicators: new Map() };
    const paint = () =>
      drawGrid(
        context,
        scores.columns,
        body,
        headings,
        {
          scrollLeft: element.scrollLeft,
          scrollTop: element.scrollTop,
          width: area.width,
          height: area.height - GRID.headerHeight,
          pixelRatio: area.pixelRatio,
        },
        palette,
        cut,
        active,
        show,
      );
    paint();
    element.addEventListener('scroll', paint, { passive: true });
    return () => element.removeEventListener('scroll', paint);
  }, [scores, names, headings, area, palette, active, show]);

  // The DOM rows follow the view only once scrolling has stopped: React does no work while it scrolls.
  useEffect(() => {
    const element = scroller.current!;
    let timer: number | undefined;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setSettled({ scrollLeft: element.scrollLeft, scrollTop: element.scrollTop }), SETTLE_MS);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      element.removeEventListener('scroll', onScroll);
    };
  }, []);
  const {
    firstUnit: firstRow,
    lastUnit: lastRow,
    firstColumn,
    lastColumn,
  } = inView({ ...settled, width: area.width, height: bodyHeight }, scores.unitIds.length, scores.columns.length);
  const columnsInView = useMemo(
    () => Array.from({ length: Math.max(0, lastColumn - firstColumn + 1) }, (_, index) => firstColumn + index),
    [firstColumn, lastColumn],
  );

  const cellOf = (event: MouseEvent) => {
    const element = scroller.current!;
    const box = element.getBoundingClientRect();
    const x = event.clientX - box.left - element.clientLeft;
    const y = event.clientY - box.top - element.clientTop - GRID.headerHeight;
    return x >= area.width || y >= bodyHeight ? null : cellAt(x, y, element, scores.unitIds.length, scores.columns.length);
  };
  const onClick = (event: MouseEvent) => {
    const cell = cellOf(event);
    if (cell) setActive(cell);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const cell = cellOf(event);
    if (!cell) return;
    setActive(cell);
    const kind = scores.columns[cell.column]!.indicator.rule!.kind;
    if (kind === 'itemSum' || kind === 'levels') setEditing(cell);
    else startEntry(cell, storedText(cell), false);
  };
  const onFocus = (event: FocusEvent) => {
    if (event.target === scroller.current && !active && scores.unitIds.length > 0 && scores.columns.length > 0)
      setActive({ unit: 0, column: 0 });
  };
  const storedText = (cell: CellPosition) => inputText(valueOf(scores.unitIds[cell.unit]!, scores.columns[cell.column]!.indicator));
  const startEntry = (cell: CellPosition, text: string, typed: boolean) => setEntry({ cell, text, typed, error: null });
  const moveTo = (to: CellPosition) => {
    setActive(to);
    const element = scroller.current!;
    const { scrollLeft, scrollTop } = scrollToShow(to, {
      scrollLeft: element.scrollLeft,
      scrollTop: element.scrollTop,
      width: area.width,
      height: bodyHeight,
    });
    element.scrollTo({ left: scrollLeft, top: scrollTop });
  };
  const size = {
    units: scores.unitIds.length,
    columns: scores.columns.length,
    pageRows: Math.max(1, Math.floor(bodyHeight / GRID.rowHeight) - 1),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!active || event.target !== scroller.current) return;
    const kind = scores.columns[active.column]!.indicator.rule!.kind;
    if (event.key === 'F2' || (event.altKey && event.key === 'ArrowDown')) {
      event.preventDefault();
      if (event.key !== 'F2' && (kind === 'itemSum' || kind === 'levels')) setEditing(active);
      else startEntry(active, storedText(active), false);
      return;
    }
    if (startsEntry(event)) {
      const composing = event.key === 'Process';
      if (!composing) event.preventDefault();
      startEntry(active, event.key === 'Backspace' || composing ? '' : event.key, true);
      return;
    }
    const to = entryKeyMove(active, event, size) ?? moveActiveCell(active, event, size);
    if (!to) return;
    event.preventDefault();
    moveTo(to);
  };
  /** Checks and stores the entry; false (the entry kept open with its reason) when refused. */
  const commitEntry = (current: Entry): boolean => {
    const column = scores.columns[current.cell.column]!;
    const unitId = scores.unitIds[current.cell.unit]!;
    const check = validateInput(
      column.indicator,
      current.text,
      column.values.filter((_, unit) => unit !== current.cell.unit),
    );
    if (check.status === 'invalid') {
      setEntry({ ...current, error: check.error });
      return false;
    }
    const next = check.status === 'blank' ? undefined : check.value;
    if (!sameInput(next, valueOf(unitId, column.indicator))) onValue(unitId, column.indicator, next);
    if (check.status === 'valid' && check.warnings.length > 0)
      void message.warning(`${unitNames.get(unitId) ?? unitId} · ${column.indicator.name}：${check.warnings.join('；')}`);
    setEntry(null);
    return true;
  };
  const onEntryKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!entry) return;
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      setEntry(null);
      scroller.current!.focus();
      return;
    }
    const to = entryKeyMove(entry.cell, event, size) ?? (entry.typed ? moveActiveCell(entry.cell, event, size) : null);
    if (!to || (!['Enter', 'Tab'].includes(event.key) && !entry.typed)) return;
    event.preventDefault();
    if (!commitEntry(entry)) return;
    scroller.current!.focus();
    moveTo(to);
  };

  // The reason is worked out each time the pointer enters a cell (so it follows a changed input),
  // not for every cell drawn.
  const onMouseOver = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const cell = target.dataset.cell === undefined ? null : cellOf(event);
    if (cell) target.title = explainCell(scores.columns[cell.column]!, cell.unit);
  };

  const column = editing ? scores.columns[editing.column] : undefined;
  const unitId = editing ? scores.unitIds[editing.unit] : undefined;
  // The shared editor is built only when what it shows changes, not on every scroll.
  const editor = useMemo(
    () => (
      <Modal
        open={column !== undefined}
        title={column && unitId ? `${unitNames.get(unitId) ?? unitId} · ${column.indicator.name}` : ''}
        footer={null}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {column && unitId && editing && (
          <>
            <Typography.Paragraph type="secondary">{column.indicator.ruleText}</Typography.Paragraph>
            <CellInput
              indicator={column.indicator}
              value={valueOf(unitId, column.indicator)}
              others={column.values.filter((_, unit) => unit !== editing.unit)}
              disabled={false}
              onCommit={(value) => {
                onValue(unitId, column.indicator, value);
                setEditing(null);
              }}
              testId={`grid-input-${column.indicator.name}`}
            />
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {t('当前：{{explainCell}}', { explainCell: explainCell(column, editing.unit) })}
            </Typography.Paragraph>
          </>
        )}
      </Modal>
    ),
    [column, unitId, editing, unitNames, valueOf, onValue],
  );
  const domRows = [];
  for (let unit = firstRow; unit <= lastRow; unit++)
    domRows.push(
      <GridRow
        key={unit}
        unit={unit}
        name={names[unit]!}
        total={scores.units[unit]!.total}
        cells={columnsInView}
        scrollLeft={settled.scrollLeft}
        width={width}
        columns={scores.columns}
        cellId={cellId}
        show={show}
        notApplicable={notApplicable}
      />,
    );
  // Screen readers follow the active cell once its DOM cell is there.
  const activeInDom =
    active && active.unit >= firstRow && active.unit <= lastRow && active.column >= firstColumn && active.column <= lastColumn;
  const entryColumn = entry ? scores.columns[entry.cell.column] : undefined;
  return (
    <>
      <Segmented
        size="small"
        value={show}
        onChange={(value) => setShow(value as CellShow)}
        options={[
          { value: 'points', label: t('显示得分') },
          { value: 'values', label: t('显示填写值') },
        ]}
        data-testid="grid-show"
      />
      <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: 12 }}>
        {t('在单元格上直接输入；Enter 确认并下移，Tab 右移，Esc 取消；F2 或双击修改')}
      </Typography.Text>
      <div
        ref={scroller}
        role="grid"
        aria-rowcount={scores.unitIds.length + 1}
        aria-colcount={scores.columns.length + 2}
        data-testid="score-grid"
        tabIndex={0}
        aria-activedescendant={activeInDom ? `${cellId}-${active.unit}-${active.column}` : undefined}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onMouseOver={onMouseOver}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        className={styles.grid}
        style={{ height: Math.min(MAX_HEIGHT, height + 2) }}
      >
        <div style={{ width, height, position: 'relative' }}>
          <canvas
            ref={canvas}
            className={styles.canvas}
            width={Math.round(area.width * area.pixelRatio)}
            height={Math.round(area.height * area.pixelRatio)}
            style={{ width: area.width, height: area.height }}
          />
          <div role="row" aria-rowindex={1} className={styles.row} style={{ top: settled.scrollTop, height: GRID.headerHeight, width }}>
            <div role="columnheader" className={styles.shadow} style={{ left: settled.scrollLeft, width: GRID.unitWidth }}>
              {headings.unit}
            </div>
            <div
              role="columnheader"
              className={styles.shadow}
              style={{ left: settled.scrollLeft + GRID.unitWidth, width: GRID.totalWidth }}
            >
              {headings.total}
            </div>
            {columnsInView.map((index) => {
              const indicator = scores.columns[index]!.indicator;
              return (
                <div
                  key={index}
                  role="columnheader"
                  aria-colindex={index + 3}
                  title={`${indicator.name}\n${indicator.ruleText}`}
                  className={styles.shadow}
                  style={{ left: FIXED_WIDTH + index * GRID.columnWidth, width: GRID.columnWidth }}
                >
                  {indicator.name}
                </div>
              );
            })}
          </div>
          {domRows}
          {entry && entryColumn && (
            <>
              <input
                autoFocus
                className={styles.entry}
                style={{
                  left: FIXED_WIDTH + entry.cell.column * GRID.columnWidth,
                  top: GRID.headerHeight + entry.cell.unit * GRID.rowHeight,
                  width: GRID.columnWidth,
                  height: GRID.rowHeight,
                }}
                value={entry.text}
                onChange={(event) => setEntry({ ...entry, text: event.target.value, error: null })}
                onKeyDown={onEntryKeyDown}
                onBlur={() => entry.error === null && commitEntry(entry)}
                aria-label={`${names[entry.cell.unit]} · ${entryColumn.indicator.name}`}
                aria-invalid={entry.error !== null}
                aria-describedby={entry.error ? `${cellId}-entry-error` : undefined}
                data-testid="grid-entry"
              />
              {entry.error && (
                <div
                  id={`${cellId}-entry-error`}
                  role="alert"
                  className={styles.entryError}
                  style={{
                    left: FIXED_WIDTH + entry.cell.column * GRID.columnWidth,
                    [entry.cell.unit === scores.unitIds.length - 1 && entry.cell.unit > 0 ? 'bottom' : 'top']:
                      entry.cell.unit === scores.unitIds.length - 1 && entry.cell.unit > 0
                        ? height - GRID.headerHeight - entry.cell.unit * GRID.rowHeight
                        : GRID.headerHeight + (entry.cell.unit + 1) * GRID.rowHeight,
                  }}
                  data-testid="grid-entry-error"
                >
                  {t('未保存：{{reason}}', { reason: entry.error })}
                </div>
              )}
            </>
          )}
        </div>
      </div>
      {editor}
    </>
  );
}

type RowProps = {
  unit: number;
  name: string;
  total: number;
  cells: number[];
  scrollLeft: number;
  width: number;
  columns: readonly IndicatorColumn[];
  cellId: string;
  show: CellShow;
  notApplicable: string;
};

/**
 * One unit's row in the DOM, transparent under the canvas that shows it: its name and total where
 * the pinned columns stood when scrolling stopped (`scrollLeft`), then the cells of the columns then in view.
 */
const GridRow = memo(function GridRow({ unit, name, total, cells, scrollLeft, width, columns, cellId, show, notApplicable }: RowProps) {
  return (
    <div
      role="row"
      aria-rowindex={unit + 2}
      className={styles.row}
      style={{ top: GRID.headerHeight + unit * GRID.rowHeight, height: GRID.rowHeight, width }}
    >
      <div role="rowheader" className={styles.shadow} style={{ left: scrollLeft, width: GRID.unitWidth }}>
        {name}
      </div>
      <div role="gridcell" className={styles.shadow} style={{ left: scrollLeft + GRID.unitWidth, width: GRID.totalWidth }}>
        {formatHundredths(total)}
      </div>
      {cells.map((index) => (
        <div
          key={index}
          id={`${cellId}-${unit}-${index}`}
          role="gridcell"
          aria-colindex={index + 3}
          data-cell
          className={styles.shadow}
          style={{ left: FIXED_WIDTH + index * GRID.columnWidth, width: GRID.columnWidth }}
        >
          {cellText(columns[index]!, unit, show, notApplicable)}
        </div>
      ))}
    </div>
  );
});
