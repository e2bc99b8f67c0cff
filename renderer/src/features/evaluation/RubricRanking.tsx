// Totals and ranks across units: categories, bonus, penalty, total, with the tie rule named.
import { Table } from 'antd';

import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { formatHundredths } from '#shared/numbers/exact';
import type { UnitTotals } from '#shared/scoring/score-rubric';

import { t } from '../../i18n';

export function RubricRanking({
  system,
  totals,
  unitNames,
}: {
  system: IndicatorSystem;
  totals: UnitTotals[];
  unitNames: Map<string, string>;
}) {
  const categories = totals[0]?.categories ?? [];
  const names = new Map(system.indicators.map((indicator) => [indicator.id, indicator.name]));
  const sorted = [...totals].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return (
    <Table<UnitTotals>
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={sorted}
      // A few rows high, its header fixed: the scoring below stays in sight at 1366×768.
      scroll={{ x: 'max-content', y: 150 }}
      data-testid="rubric-ranking"
      columns={[
        { title: t('排名'), dataIndex: 'rank', width: 60, fixed: 'left' },
        { title: t('单位'), width: 110, fixed: 'left', render: (_, row) => unitNames.get(row.unitId) ?? row.unitId },
        {
          title: t('总分'),
          width: 90,
          render: (_, row) => <strong data-testid={`total-${unitNames.get(row.unitId)}`}>{formatHundredths(row.total)}</strong>,
        },
        ...categories.map((category, index) => ({
          title: names.get(category.indicatorId) ?? '',
          width: 110,
          render: (_: unknown, row: UnitTotals) => formatHundredths(row.categories[index]?.points ?? 0),
        })),
        { title: t('加分'), width: 70, render: (_, row) => formatHundredths(row.bonus) },
        { title: t('减分'), width: 70, render: (_, row) => formatHundredths(row.penalty) },
      ]}
    />
  );
}
