// 总览表: units × indicators. Rows and columns are both virtualised (TanStack Virtual) and the unit
// and total columns and the header stay in place, so only the cells in view exist — a 500 × 300
// evaluation scrolls like a small one. A cell shows its points (its reason on hover); a click opens
// the input its rule needs in one shared editor.
import { Modal, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type CSSProperties } from 'react';
import type { Indicator } from '../../../../shared/domain/indicator-system';
import { formatHundredths } from '../../../../shared/scoring/exact';
import type { InputValue } from '../../../../shared/scoring/rule-points';
import { explainCell, type RubricScores } from '../../../../shared/scoring/score-rubric';
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

const box: CSSProperties = {
  height: '100%',
  padding: '0 8px',
  display: 'flex',
  alignItems: 'center',
  boxSizing: 'border-box',
  borderRight: '1px solid var(--ant-color-border-secondary)',
  borderBottom: '1px solid var(--ant-color-border-secondary)',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
};
/** A cell placed at its column's offset (rows are `display: flex`, so these sit out of the flow). */
const cell: CSSProperties = { ...box, position: 'absolute', top: 0 };
/** The unit and total columns: flex items that stick to the left edge while the rest scrolls. */
const pinned: CSSProperties = { ...box, position: 'sticky', flex: 'none', zIndex: 1, background: 'var(--ant-color-bg-container)' };

export function ScoreGrid({ scores, unitNames, valueOf, onValue }: Props) {
  const [editing, setEditing] = useState<{ unit: number; column: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: scores.unitIds.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const columns = useVirtualizer({ horizontal: true, count: scores.columns.length, getScrollElement: () => scroller.current, estimateSize: () => COLUMN_WIDTH, overscan: 3 });
  const width = FIXED_WIDTH + columns.getTotalSize();
  const visibleColumns = columns.getVirtualItems();

  const column = editing ? scores.columns[editing.column] : undefined;
  const unitId = editing ? scores.unitIds[editing.unit] : undefined;
  return (
    <>
      <div ref={scroller} role="grid" aria-rowcount={scores.unitIds.length + 1} aria-colcount={scores.columns.length + 2} data-testid="score-grid" style={{ height: Math.min(MAX_HEIGHT, HEADER_HEIGHT + rows.getTotalSize() + 2), overflow: 'auto', position: 'relative', border: '1px solid var(--ant-color-border-secondary)', borderRadius: 6, contain: 'strict' }}>
        <div style={{ width, height: HEADER_HEIGHT + rows.getTotalSize(), position: 'relative' }}>
          <div role="row" style={{ position: 'sticky', top: 0, zIndex: 2, display: 'flex', height: HEADER_HEIGHT, width, background: 'var(--ant-color-bg-container)', fontWeight: 600 }}>
            <div role="columnheader" style={{ ...pinned, left: 0, width: UNIT_WIDTH, zIndex: 3 }}>{t('单位')}</div>
            <div role="columnheader" style={{ ...pinned, left: UNIT_WIDTH, width: TOTAL_WIDTH, zIndex: 3 }}>{t('总分')}</div>
            {visibleColumns.map((item) => {
              const indicator = scores.columns[item.index]!.indicator;
              return (
                <div key={item.key} role="columnheader" title={`${indicator.name}\n${indicator.ruleText}`} style={{ ...cell, left: FIXED_WIDTH + item.start, width: item.size, whiteSpace: 'normal', lineHeight: '16px' }}>
                  <span style={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>{indicator.name}</span>
                </div>
              );
            })}
          </div>
          {rows.getVirtualItems().map((row) => {
            const id = scores.unitIds[row.index]!;
            return (
              <div key={row.key} role="row" aria-rowindex={row.index + 2} style={{ position: 'absolute', top: HEADER_HEIGHT + row.start, display: 'flex', height: row.size, width }}>
                <div role="rowheader" style={{ ...pinned, left: 0, width: UNIT_WIDTH }}>{unitNames.get(id) ?? id}</div>
                <div role="gridcell" style={{ ...pinned, left: UNIT_WIDTH, width: TOTAL_WIDTH, fontWeight: 600, justifyContent: 'flex-end' }}>
                  {formatHundredths(scores.units[row.index]!.total)}
                </div>
                {visibleColumns.map((item) => {
                  const points = scores.columns[item.index]!.points[row.index];
                  const empty = points === null || points === undefined;
                  return (
                    <div
                      key={item.key}
                      role="gridcell"
                      tabIndex={-1}
                      // The reason is worked out when the pointer reaches the cell, not for every cell drawn.
                      onMouseEnter={(event) => (event.currentTarget.title ||= explainCell(scores.columns[item.index]!, row.index))}
                      onClick={() => setEditing({ unit: row.index, column: item.index })}
                      style={{ ...cell, left: FIXED_WIDTH + item.start, width: item.size, justifyContent: 'flex-end', cursor: 'pointer', color: empty ? 'var(--ant-color-text-quaternary)' : undefined }}
                    >
                      {empty ? '—' : formatHundredths(points)}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
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
    </>
  );
}
