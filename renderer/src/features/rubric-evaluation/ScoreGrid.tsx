// 总览表: units × indicators, drawn on a canvas (grid-canvas) that repaints what is in view on every
// scroll event — the header, the pinned unit and total columns and the cells — so a 500 × 300
// evaluation scrolls like a small one. Once scrolling stops, the header and rows in view are also
// laid under the canvas as transparent DOM rows and cells, for screen readers, hover texts and tests
// by role. A cell shows its points (its reason on hover); a click, or Enter on the active cell
// (moved with the arrow keys as in Excel), opens the input its rule needs in one shared editor.
import { Modal, Typography, theme } from 'antd';
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import styles from './ScoreGrid.module.css';
import type { Indicator } from '../../../../shared/domain/indicator-system';
import { formatHundredths } from '../../../../shared/scoring/exact';
import type { InputValue } from '../../../../shared/scoring/rule-points';
import { explainCell, type IndicatorColumn, type RubricScores } from '../../../../shared/scoring/score-rubric';
import { CellInput } from './CellInput';
import { FIXED_WIDTH, GRID, cellAt, drawGrid, inView, scrollToShow, type GridPalette, type CutNames } from './grid-canvas';
import { moveActiveCell, type CellPosition } from './grid-keys';
import { t } from '../../i18n';

type Props = {
  scores: RubricScores;
  unitNames: Map<string, string>;
  valueOf: (unitId: string, indicator: Indicator) => InputValue | null | undefined;
  onValue: (unitId: string, indicator: Indicator, value: InputValue | undefined) => void;
};

const MAX_HEIGHT = 520;
/** How long the grid must be still before its DOM rows follow, ms. */
const SETTLE_MS = 150;

export function ScoreGrid({ scores, unitNames, valueOf, onValue }: Props) {
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const [active, setActive] = useState<CellPosition | null>(null);
  const cellId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [area, setArea] = useState({ width: 0, height: 0, pixelRatio: 1 });
  const [settled, setSettled] = useState({ scrollLeft: 0, scrollTop: 0 });
  const { token } = theme.useToken();
  const palette = useMemo<GridPalette>(() => {
    const font = `${token.fontSize}px ${token.fontFamily}`;
    return { background: token.colorBgContainer, text: token.colorText, empty: token.colorTextQuaternary, line: token.colorBorderSecondary, active: token.colorPrimary, font, boldFont: `600 ${font}` };
  }, [token]);
  const names = useMemo(() => scores.unitIds.map((id) => unitNames.get(id) ?? id), [scores.unitIds, unitNames]);
  const [unitHeading, totalHeading] = [t('单位'), t('总分')];
  const headings = useMemo(() => ({ unit: unitHeading, total: totalHeading }), [unitHeading, totalHeading]);
  const width = FIXED_WIDTH + scores.columns.length * GRID.columnWidth;
  const height = GRID.headerHeight + scores.unitIds.length * GRID.rowHeight;
  const bodyHeight = area.height - GRID.headerHeight;

  // What the canvas covers: the scroller's inside, no larger than the grid, at the screen's pixel
  // ratio (which changes when the window moves to another screen).
  useLayoutEffect(() => {
    const element = scroller.current!;
    const measure = () => setArea({ width: Math.min(element.clientWidth, width), height: Math.min(element.clientHeight, height), pixelRatio: window.devicePixelRatio });
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
      drawGrid(context, scores.columns, body, headings, { scrollLeft: element.scrollLeft, scrollTop: element.scrollTop, width: area.width, height: area.height - GRID.headerHeight, pixelRatio: area.pixelRatio }, palette, cut, active);
    paint();
    element.addEventListener('scroll', paint, { passive: true });
    return () => element.removeEventListener('scroll', paint);
  }, [scores, names, headings, area, palette, active]);

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
  const { firstUnit: firstRow, lastUnit: lastRow, firstColumn, lastColumn } = inView({ ...settled, width: area.width, height: bodyHeight }, scores.unitIds.length, scores.columns.length);
  const columnsInView = useMemo(() => Array.from({ length: Math.max(0, lastColumn - firstColumn + 1) }, (_, index) => firstColumn + index), [firstColumn, lastColumn]);

  const cellOf = (event: MouseEvent) => {
    const element = scroller.current!;
    const box = element.getBoundingClientRect();
    const x = event.clientX - box.left - element.clientLeft;
    const y = event.clientY - box.top - element.clientTop - GRID.headerHeight;
    return x >= area.width || y >= bodyHeight ? null : cellAt(x, y, element, scores.unitIds.length, scores.columns.length);
  };
  const onClick = (event: MouseEvent) => {
    const cell = cellOf(event);
    if (!cell) return;
    setActive(cell);
    setEditing(cell);
  };
  const onFocus = () => {
    if (!active && scores.unitIds.length > 0 && scores.columns.length > 0) setActive({ unit: 0, column: 0 });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!active) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setEditing(active);
      return;
    }
    const to = moveActiveCell(active, event, { units: scores.unitIds.length, columns: scores.columns.length, pageRows: Math.max(1, Math.floor(bodyHeight / GRID.rowHeight) - 1) });
    if (!to) return;
    event.preventDefault();
    setActive(to);
    const element = scroller.current!;
    const { scrollLeft, scrollTop } = scrollToShow(to, { scrollLeft: element.scrollLeft, scrollTop: element.scrollTop, width: area.width, height: bodyHeight });
    element.scrollTo({ left: scrollLeft, top: scrollTop });
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
      <Modal open={column !== undefined} title={column && unitId ? `${unitNames.get(unitId) ?? unitId} · ${column.indicator.name}` : ''} footer={null} onCancel={() => setEditing(null)} destroyOnHidden>
        {column && unitId && editing && (
          <>
            <Typography.Paragraph type="secondary">{column.indicator.ruleText}</Typography.Paragraph>
            <CellInput
              indicator={column.indicator}
              value={valueOf(unitId, column.indicator)}
              disabled={false}
              onCommit={(value) => {
                onValue(unitId, column.indicator, value);
                setEditing(null);
              }}
              testId={`grid-input-${column.indicator.name}`}
            />
            <Typography.Paragraph style={{ marginTop: 12 }}>{t('当前：{{explainCell}}', { explainCell: explainCell(column, editing.unit) })}</Typography.Paragraph>
          </>
        )}
      </Modal>
    ),
    [column, unitId, editing, unitNames, valueOf, onValue],
  );
  const domRows = [];
  for (let unit = firstRow; unit <= lastRow; unit++)
    domRows.push(<GridRow key={unit} unit={unit} name={names[unit]!} total={scores.units[unit]!.total} cells={columnsInView} scrollLeft={settled.scrollLeft} width={width} columns={scores.columns} cellId={cellId} />);
  // Screen readers follow the active cell once its DOM cell is there.
  const activeInDom = active && active.unit >= firstRow && active.unit <= lastRow && active.column >= firstColumn && active.column <= lastColumn;
  return (
    <>
      <div
        ref={scroller}
        role="grid"
        aria-rowcount={scores.unitIds.length + 1}
        aria-colcount={scores.columns.length + 2}
        data-testid="score-grid"
        tabIndex={0}
        aria-activedescendant={activeInDom ? `${cellId}-${active.unit}-${active.column}` : undefined}
        onClick={onClick}
        onMouseOver={onMouseOver}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        className={styles.grid}
        style={{ height: Math.min(MAX_HEIGHT, height + 2) }}
      >
        <div style={{ width, height, position: 'relative' }}>
          <canvas ref={canvas} className={styles.canvas} width={Math.round(area.width * area.pixelRatio)} height={Math.round(area.height * area.pixelRatio)} style={{ width: area.width, height: area.height }} />
          <div role="row" aria-rowindex={1} className={styles.row} style={{ top: settled.scrollTop, height: GRID.headerHeight, width }}>
            <div role="columnheader" className={styles.shadow} style={{ left: settled.scrollLeft, width: GRID.unitWidth }}>{headings.unit}</div>
            <div role="columnheader" className={styles.shadow} style={{ left: settled.scrollLeft + GRID.unitWidth, width: GRID.totalWidth }}>{headings.total}</div>
            {columnsInView.map((index) => {
              const indicator = scores.columns[index]!.indicator;
              return (
                <div key={index} role="columnheader" aria-colindex={index + 3} title={`${indicator.name}\n${indicator.ruleText}`} className={styles.shadow} style={{ left: FIXED_WIDTH + index * GRID.columnWidth, width: GRID.columnWidth }}>
                  {indicator.name}
                </div>
              );
            })}
          </div>
          {domRows}
        </div>
      </div>
      {editor}
    </>
  );
}

type RowProps = { unit: number; name: string; total: number; cells: number[]; scrollLeft: number; width: number; columns: readonly IndicatorColumn[]; cellId: string };

/**
 * One unit's row in the DOM, transparent under the canvas that shows it: its name and total where
 * the pinned columns stood when scrolling stopped (`scrollLeft`), then the cells of the columns then in view.
 */
const GridRow = memo(function GridRow({ unit, name, total, cells, scrollLeft, width, columns, cellId }: RowProps) {
  return (
    <div role="row" aria-rowindex={unit + 2} className={styles.row} style={{ top: GRID.headerHeight + unit * GRID.rowHeight, height: GRID.rowHeight, width }}>
      <div role="rowheader" className={styles.shadow} style={{ left: scrollLeft, width: GRID.unitWidth }}>{name}</div>
      <div role="gridcell" className={styles.shadow} style={{ left: scrollLeft + GRID.unitWidth, width: GRID.totalWidth }}>{formatHundredths(total)}</div>
      {cells.map((index) => {
        const points = columns[index]!.points[unit];
        return (
          <div key={index} id={`${cellId}-${unit}-${index}`} role="gridcell" aria-colindex={index + 3} data-cell className={styles.shadow} style={{ left: FIXED_WIDTH + index * GRID.columnWidth, width: GRID.columnWidth }}>
            {points === null || points === undefined ? '—' : formatHundredths(points)}
          </div>
        );
      })}
    </div>
  );
});
