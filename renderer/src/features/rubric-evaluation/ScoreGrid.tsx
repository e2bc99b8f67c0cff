// 总览表: units × indicators. The header's columns are virtualised (TanStack Virtual) and stay on
// top; the body — pinned unit and total columns and the cells — is painted on a canvas
// (grid-cell-layer) so a 500 × 300 evaluation scrolls like a small one. Once scrolling stops, the
// rows in view are also laid under the canvas as transparent DOM rows and cells, for screen
// readers, hover reasons and tests by role. A cell shows its points (its reason on hover); a click,
// or Enter on the active cell (moved with the arrow keys as in Excel), opens the input its rule
// needs in one shared editor.
import { Modal, Typography, theme } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import styles from './ScoreGrid.module.css';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Indicator } from '../../../../shared/domain/indicator-system';
import { formatHundredths } from '../../../../shared/scoring/exact';
import type { InputValue } from '../../../../shared/scoring/rule-points';
import { explainCell, type IndicatorColumn, type RubricScores } from '../../../../shared/scoring/score-rubric';
import { CellInput } from './CellInput';
import { FIXED_WIDTH, GRID, cellAt, drawBody, scrollToShow, type BodyPalette } from './grid-cell-layer';
import { moveActiveCell, type CellPosition } from './grid-keys';
import { t } from '../../i18n';

type Props = {
  scores: RubricScores;
  unitNames: Map<string, string>;
  valueOf: (unitId: string, indicator: Indicator) => InputValue | null | undefined;
  onValue: (unitId: string, indicator: Indicator, value: InputValue | undefined) => void;
};

const MAX_HEIGHT = 520;
/** The DOM rows: none until scrolling first stops. */
const NO_ROWS = { firstRow: 0, lastRow: -1, columns: [] as VirtualItem[], scrollLeft: 0 };

export function ScoreGrid({ scores, unitNames, valueOf, onValue }: Props) {
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const [active, setActive] = useState<CellPosition | null>(null);
  const cellId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [area, setArea] = useState({ width: 0, height: 0, pixelRatio: 1 });
  const { token } = theme.useToken();
  const palette = useMemo<BodyPalette>(() => {
    const font = `${token.fontSize}px ${token.fontFamily}`;
    return { background: token.colorBgContainer, text: token.colorText, empty: token.colorTextQuaternary, line: token.colorBorderSecondary, active: token.colorPrimary, font, boldFont: `600 ${font}` };
  }, [token]);
  const names = useMemo(() => scores.unitIds.map((id) => unitNames.get(id) ?? id), [scores.unitIds, unitNames]);
  // The virtualisers give the header's columns in view, the rows in view when scrolling stops, and
  // whether the grid is scrolling; they leave rendering to React's batching.
  const rows = useVirtualizer({ count: scores.unitIds.length, getScrollElement: () => scroller.current, estimateSize: () => GRID.rowHeight, overscan: 2, useFlushSync: false });
  const columns = useVirtualizer({ horizontal: true, count: scores.columns.length, getScrollElement: () => scroller.current, estimateSize: () => GRID.columnWidth, overscan: 1, useFlushSync: false });
  const width = FIXED_WIDTH + columns.getTotalSize();
  const height = rows.getTotalSize();
  const visibleColumns = columns.getVirtualItems();
  const visibleRows = rows.getVirtualItems();

  // The body: the scroller's inside below the header, no larger than the rows and columns, at the
  // screen's pixel ratio (which changes when the window moves to another screen).
  useLayoutEffect(() => {
    const element = scroller.current!;
    const measure = () =>
      setArea({ width: Math.min(element.clientWidth, width), height: Math.max(0, Math.min(element.clientHeight - GRID.headerHeight, height)), pixelRatio: window.devicePixelRatio });
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

  // Paint on every scroll event (the frame the browser moves the header) and whenever the scores,
  // the names, the size, the theme or the active cell change.
  useLayoutEffect(() => {
    const element = scroller.current!;
    const context = canvas.current?.getContext('2d');
    if (!context || area.width === 0 || area.height === 0) return;
    const body = { names, totals: scores.units.map((unit) => unit.total) };
    const fitted = new Map<string, string>();
    const paint = () =>
      drawBody(context, scores.columns, body, { scrollLeft: element.scrollLeft, scrollTop: element.scrollTop, width: area.width, height: area.height, pixelRatio: area.pixelRatio }, palette, fitted, active);
    paint();
    element.addEventListener('scroll', paint, { passive: true });
    return () => element.removeEventListener('scroll', paint);
  }, [scores, names, area, palette, active]);

  // The DOM rows follow the view only once scrolling has stopped.
  const scrolling = rows.isScrolling || columns.isScrolling;
  const [firstRow, lastRow] = [visibleRows[0]?.index ?? 0, visibleRows.at(-1)?.index ?? -1];
  const [settled, setSettled] = useState(NO_ROWS);
  useEffect(() => {
    if (!scrolling) setSettled({ firstRow, lastRow, columns: visibleColumns, scrollLeft: scroller.current!.scrollLeft });
  }, [scrolling, firstRow, lastRow, visibleColumns]);

  const cellOf = (event: MouseEvent) => {
    const element = scroller.current!;
    const box = element.getBoundingClientRect();
    const x = event.clientX - box.left - element.clientLeft;
    const y = event.clientY - box.top - element.clientTop - GRID.headerHeight;
    return x >= area.width || y >= area.height ? null : cellAt(x, y, element, scores.unitIds.length, scores.columns.length);
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
    const to = moveActiveCell(active, event, { units: scores.unitIds.length, columns: scores.columns.length, pageRows: Math.max(1, Math.floor(area.height / GRID.rowHeight) - 1) });
    if (!to) return;
    event.preventDefault();
    setActive(to);
    const element = scroller.current!;
    const { scrollLeft, scrollTop } = scrollToShow(to, { scrollLeft: element.scrollLeft, scrollTop: element.scrollTop, width: area.width, height: area.height });
    element.scrollTo({ left: scrollLeft, top: scrollTop });
  };
  // The reason is worked out when the pointer reaches a cell, not for every cell painted.
  const onMouseOver = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const cell = target.dataset.cell === undefined ? null : cellOf(event);
    if (cell) target.title ||= explainCell(scores.columns[cell.column]!, cell.unit);
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
  for (let unit = settled.firstRow; unit <= Math.min(settled.lastRow, scores.unitIds.length - 1); unit++)
    domRows.push(<GridRow key={unit} unit={unit} name={names[unit]!} total={scores.units[unit]!.total} cells={settled.columns} scrollLeft={settled.scrollLeft} width={width} columns={scores.columns} cellId={cellId} />);
  // Screen readers follow the active cell once its DOM cell is there.
  const activeInDom = active && active.unit >= settled.firstRow && active.unit <= settled.lastRow && settled.columns.some((item) => item.index === active.column);
  return (
    <>
      <div ref={scroller} role="grid" aria-rowcount={scores.unitIds.length + 1} aria-colcount={scores.columns.length + 2} data-testid="score-grid" tabIndex={0} aria-activedescendant={activeInDom ? `${cellId}-${active.unit}-${active.column}` : undefined} onClick={onClick} onMouseOver={onMouseOver} onFocus={onFocus} onKeyDown={onKeyDown} className={styles.grid} style={{ height: Math.min(MAX_HEIGHT, GRID.headerHeight + height + 2) }}>
        <div style={{ width, height: GRID.headerHeight + height, position: 'relative' }}>
          <div role="row" className={styles.header} style={{ height: GRID.headerHeight, width }}>
            <div role="columnheader" className={styles.pinned} style={{ left: 0, width: GRID.unitWidth }}>{t('单位')}</div>
            <div role="columnheader" className={styles.pinned} style={{ left: GRID.unitWidth, width: GRID.totalWidth }}>{t('总分')}</div>
            {visibleColumns.map((item) => {
              const indicator = scores.columns[item.index]!.indicator;
              return (
                <div key={item.key} role="columnheader" title={`${indicator.name}\n${indicator.ruleText}`} className={styles.cell} style={{ left: FIXED_WIDTH + item.start, width: item.size }}>
                  <span className={styles.name}>{indicator.name}</span>
                </div>
              );
            })}
          </div>
          {domRows}
          <canvas ref={canvas} className={styles.body} width={Math.round(area.width * area.pixelRatio)} height={Math.round(area.height * area.pixelRatio)} style={{ width: area.width, height: area.height }} />
        </div>
      </div>
      {editor}
    </>
  );
}

type RowProps = { unit: number; name: string; total: number; cells: VirtualItem[]; scrollLeft: number; width: number; columns: readonly IndicatorColumn[]; cellId: string };

/**
 * One unit's row in the DOM, transparent under the canvas that shows it: its name and total where
 * the pinned columns stood when scrolling stopped (`scrollLeft`), then the cells of the columns then in view.
 */
const GridRow = memo(function GridRow({ unit, name, total, cells, scrollLeft, width, columns, cellId }: RowProps) {
  return (
    <div role="row" aria-rowindex={unit + 2} className={styles.row} style={{ top: GRID.headerHeight + unit * GRID.rowHeight, width }}>
      <div role="rowheader" className={styles.shadow} style={{ left: scrollLeft, width: GRID.unitWidth }}>{name}</div>
      <div role="gridcell" className={styles.shadow} style={{ left: scrollLeft + GRID.unitWidth, width: GRID.totalWidth }}>{formatHundredths(total)}</div>
      {cells.map((item) => {
        const points = columns[item.index]!.points[unit];
        return (
          <div key={item.key} id={`${cellId}-${unit}-${item.index}`} role="gridcell" aria-colindex={item.index + 3} data-cell className={styles.shadow} style={{ left: FIXED_WIDTH + item.start, width: item.size }}>
            {points === null || points === undefined ? '—' : formatHundredths(points)}
          </div>
        );
      })}
    </div>
  );
});
