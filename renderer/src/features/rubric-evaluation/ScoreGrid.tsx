// 总览表: units × indicators, virtualised; a cell shows its points and reason, and a click opens
// the input its rule needs.
import { Popover, Table, Tooltip } from 'antd';
import { useMemo } from 'react';
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
  const rows = useMemo(() => scores.unitIds.map((unitId, unit) => ({ unitId, unit })), [scores.unitIds]);
  const columns = useMemo(
    () => [
      { title: '单位', key: 'unit', width: 110, fixed: 'left' as const, render: (_: unknown, row: Row) => unitNames.get(row.unitId) ?? row.unitId },
      { title: '总分', key: 'total', width: 80, fixed: 'left' as const, render: (_: unknown, row: Row) => <strong>{formatHundredths(scores.units[row.unit]!.total)}</strong> },
      ...scores.columns.map((column) => ({
        title: <Tooltip title={column.indicator.ruleText}>{column.indicator.name}</Tooltip>,
        key: column.indicator.id,
        width: 120,
        render: (_: unknown, row: Row) => {
          const points = column.points[row.unit];
          return (
            <Popover
              trigger="click"
              destroyOnHidden
              title={`${unitNames.get(row.unitId)} · ${column.indicator.name}`}
              content={<CellInput indicator={column.indicator} value={valueOf(row.unitId, column.indicator)} disabled={false} onCommit={(value) => onValue(row.unitId, column.indicator, value)} testId={`grid-input-${column.indicator.name}`} />}
            >
              <Tooltip title={explainCell(column, row.unit)}>
                <span style={{ cursor: 'pointer', color: points === null || points === undefined ? '#bbb' : undefined }}>{points === null || points === undefined ? '—' : formatHundredths(points)}</span>
              </Tooltip>
            </Popover>
          );
        },
      })),
    ],
    [scores, unitNames, valueOf, onValue],
  );
  return <Table<Row> rowKey="unitId" size="small" virtual bordered pagination={false} dataSource={rows} columns={columns} scroll={{ x: 190 + 120 * scores.columns.length, y: 520 }} data-testid="score-grid" />;
}
