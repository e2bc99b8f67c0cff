// 总览表: units × indicators, virtualised; a cell shows its points (its reason on hover) and a click
// opens the input its rule needs in one shared editor — cells stay plain text, so a 500 × 300
// evaluation scrolls without building a popover per cell.
import { Modal, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Indicator } from '../../../../shared/domain/indicator-system';
import { formatHundredths } from '../../../../shared/scoring/exact';
import type { InputValue } from '../../../../shared/scoring/rule-points';
import { explainCell, type RubricScores } from '../../../../shared/scoring/score-rubric';
import { CellInput } from './CellInput';

type Props = {
  scores: RubricScores;
  unitNames: Map<string, string>;
  valueOf: (unitId: string, indicator: Indicator) => InputValue | null | undefined;
  onValue: (unitId: string, indicator: Indicator, value: InputValue | undefined) => void;
};

type Row = { unitId: string; unit: number };

export function ScoreGrid({ scores, unitNames, valueOf, onValue }: Props) {
  const [editing, setEditing] = useState<{ unit: number; column: number } | null>(null);
  const rows = useMemo(() => scores.unitIds.map((unitId, unit) => ({ unitId, unit })), [scores.unitIds]);
  const columns = useMemo(
    () => [
      { title: '单位', key: 'unit', width: 110, fixed: 'left' as const, render: (_: unknown, row: Row) => unitNames.get(row.unitId) ?? row.unitId },
      { title: '总分', key: 'total', width: 80, fixed: 'left' as const, render: (_: unknown, row: Row) => <strong>{formatHundredths(scores.units[row.unit]!.total)}</strong> },
      ...scores.columns.map((column, columnIndex) => ({
        title: <Tooltip title={column.indicator.ruleText}>{column.indicator.name}</Tooltip>,
        key: column.indicator.id,
        width: 120,
        render: (_: unknown, row: Row) => {
          const points = column.points[row.unit];
          const empty = points === null || points === undefined;
          return (
            <span
              role="button"
              // The reason is worked out when the pointer reaches the cell, not for every cell drawn.
              onMouseEnter={(event) => (event.currentTarget.title ||= explainCell(column, row.unit))}
              onClick={() => setEditing({ unit: row.unit, column: columnIndex })}
              style={{ cursor: 'pointer', color: empty ? '#bbb' : undefined }}
            >
              {empty ? '—' : formatHundredths(points)}
            </span>
          );
        },
      })),
    ],
    [scores, unitNames],
  );
  const column = editing ? scores.columns[editing.column] : undefined;
  const unitId = editing ? scores.unitIds[editing.unit] : undefined;
  return (
    <>
      <Table<Row> rowKey="unitId" size="small" virtual bordered pagination={false} dataSource={rows} columns={columns} scroll={{ x: 190 + 120 * scores.columns.length, y: 520 }} data-testid="score-grid" />
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
            <Typography.Paragraph style={{ marginTop: 12 }}>当前：{explainCell(column, editing.unit)}</Typography.Paragraph>
          </>
        )}
      </Modal>
    </>
  );
}
