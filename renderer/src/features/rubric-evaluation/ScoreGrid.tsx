// 总览表: units × indicators. Rows and columns are both virtualised (TanStack Virtual) and the unit
// and total columns and the header stay in place, so only the cells in view exist — a 500 × 300
// evaluation scrolls like a small one. A cell shows its points (its reason on hover); a click opens
// the input its rule needs in one shared editor.
import { Modal, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState, type MouseEvent } from 'react';
import styles from './ScoreGrid.module.css';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Indicator } from '../../../../shared/domain/indicator-system';
import { formatHundredths } from '../../../../shared/scoring/exact';
import type { InputValue } from '../../../../shared/scoring/rule-points';
import { explainCell, type IndicatorColumn, type RubricScores } from '../../../../shared/scoring/score-rubric';
import { CellInput } from './CellInput';
import { t } from '../../i18n';

type Props = {
  scores: RubricScores;
  unitNames: Map<string, string>;
  valueOf: (unitId: string, indicator: Indicator) => InputValue | null | undefined;
  onValue: (unitId: string, indicator: Indicator, value: InputValue | undefined) => void;
};

const ROW_HEIGHT = 34;
const MAX_HEIGHT = 520;
const HEADER_HEIGHT = 48;
const COLUMN_WIDTH = 120;
const UNIT_WIDTH = 120;
const TOTAL_WIDTH = 80;
const FIXED_WIDTH = UNIT_WIDTH + TOTAL_WIDTH;

export function ScoreGrid({ scores, unitNames, valueOf, onValue }: Props) {
  const [editing, setEditing] = useState<{ unit: number; column: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Both virtualisers follow one scroll event: rendering is left to React's batching (no flushSync
  // per virtualiser), and rows whose cells did not change are not rendered again (GridRow is memo).
  // Overscan is small: each cell drawn ahead costs paint on every frame of a fast scroll.
  const rows = useVirtualizer({ count: scores.unitIds.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 2, useFlushSync: false });
  const columns = useVirtualizer({ horizontal: true, count: scores.columns.length, getScrollElement: () => scroller.current, estimateSize: () => COLUMN_WIDTH, overscan: 1, useFlushSync: false });
  // One listener for every cell: a click opens the editor; the reason is worked out when the
  // pointer reaches a cell, not for every cell drawn.
  const cellOf = (target: EventTarget) => {
    const element = (target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const [unit, column] = (element?.dataset.cell ?? '').split(':').map(Number);
    return element && unit !== undefined && column !== undefined ? { element, unit, column } : null;
  };
  const onClick = (event: MouseEvent) => {
    const target = cellOf(event.target);
    if (target) setEditing({ unit: target.unit, column: target.column });
  };
  const onMouseOver = (event: MouseEvent) => {
    const target = cellOf(event.target);
    if (target) target.element.title ||= explainCell(scores.columns[target.column]!, target.unit);
  };
  const width = FIXED_WIDTH + columns.getTotalSize();
  const visibleColumns = columns.getVirtualItems();

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
  return (
    <>
      <div ref={scroller} role="grid" aria-rowcount={scores.unitIds.length + 1} aria-colcount={scores.columns.length + 2} data-testid="score-grid" onClick={onClick} onMouseOver={onMouseOver} className={styles.grid} style={{ height: Math.min(MAX_HEIGHT, HEADER_HEIGHT + rows.getTotalSize() + 2) }}>
        <div style={{ width, height: HEADER_HEIGHT + rows.getTotalSize(), position: 'relative' }}>
          <div role="row" className={styles.header} style={{ height: HEADER_HEIGHT, width }}>
            <div role="columnheader" className={styles.pinned} style={{ left: 0, width: UNIT_WIDTH }}>{t('单位')}</div>
            <div role="columnheader" className={styles.pinned} style={{ left: UNIT_WIDTH, width: TOTAL_WIDTH }}>{t('总分')}</div>
            {visibleColumns.map((item) => {
              const indicator = scores.columns[item.index]!.indicator;
              return (
                <div key={item.key} role="columnheader" title={`${indicator.name}\n${indicator.ruleText}`} className={styles.cell} style={{ left: FIXED_WIDTH + item.start, width: item.size }}>
                  <span className={styles.name}>{indicator.name}</span>
                </div>
              );
            })}
          </div>
          {rows.getVirtualItems().map((row) => (
            <GridRow key={row.key} unit={row.index} top={HEADER_HEIGHT + row.start} height={row.size} width={width} name={unitNames.get(scores.unitIds[row.index]!) ?? scores.unitIds[row.index]!} total={scores.units[row.index]!.total} visibleColumns={visibleColumns} columns={scores.columns} />
          ))}
        </div>
      </div>
      {editor}
    </>
  );
}

type RowProps = { unit: number; top: number; height: number; width: number; name: string; total: number; visibleColumns: VirtualItem[]; columns: readonly IndicatorColumn[] };

/** One unit's row: its name and total pinned, then the cells of the columns in view. */
const GridRow = memo(function GridRow({ unit, top, height, width, name, total, visibleColumns, columns }: RowProps) {
  return (
    <div role="row" aria-rowindex={unit + 2} className={`${styles.row} ${styles.body}`} style={{ top, height, width }}>
      <div role="rowheader" className={styles.pinned} style={{ left: 0, width: UNIT_WIDTH }}>{name}</div>
      <div role="gridcell" className={`${styles.pinned} ${styles.number}`} style={{ left: UNIT_WIDTH, width: TOTAL_WIDTH, fontWeight: 600 }}>
        {formatHundredths(total)}
      </div>
      {visibleColumns.map((item) => {
        const points = columns[item.index]!.points[unit];
        const empty = points === null || points === undefined;
        return (
          <div key={item.key} role="gridcell" tabIndex={-1} data-cell={`${unit}:${item.index}`} className={empty ? `${styles.cell} ${styles.number} ${styles.empty}` : `${styles.cell} ${styles.number}`} style={{ left: FIXED_WIDTH + item.start, width: item.size }}>
            {empty ? '—' : formatHundredths(points)}
          </div>
        );
      })}
    </div>
  );
});
