// Ranking across units: implementation rate per unit and per section, with the tie rule shown.
import { Select, Space, Table, Typography } from 'antd';

import type { Evaluation } from '#shared/domain/evaluation';
import type { TieRule } from '#shared/domain/types';
import { formatHundredths } from '#shared/numbers/exact';
import type { UnitScore } from '#shared/scoring/checklist-score';

import { t } from '../../i18n';
import { tieRuleLabels } from '../../i18n/domain-labels';
import { useEvaluationCommands } from './evaluation-commands';

function percent(rate: number | null): string {
  return rate === null ? '—' : `${formatHundredths(rate)}%`;
}

export function ScoreSummary({ evaluation, scores }: { evaluation: Evaluation; scores: UnitScore[] }) {
  const { setEvaluationOptions } = useEvaluationCommands();
  const sections = scores[0]?.sections ?? [];
  const sorted = [...scores].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text strong>{t('汇总排名')}</Typography.Text>
        <Typography.Text type="secondary">
          {t('落实率 =（落实 + 部分落实 × 0.5）÷（措施数 − 不适用），未评按未落实计。排名规则：')}
        </Typography.Text>
        <Select<TieRule>
          size="small"
          value={evaluation.tieRule}
          style={{ width: 300 }}
          onChange={(tieRule) => void setEvaluationOptions(evaluation.id, { tieRule })}
          options={Object.entries(tieRuleLabels()).map(([rule, label]) => ({ value: rule as TieRule, label }))}
        />
      </Space>
      <Table<UnitScore>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={sorted}
        // A few rows high, its header fixed: the scoring below stays in sight at 1366×768.
        scroll={{ x: 'max-content', y: 150 }}
        data-testid="ranking-table"
        columns={[
          { title: t('排名'), dataIndex: 'rank', width: 60, fixed: 'left' },
          { title: t('单位'), dataIndex: 'unitName', width: 120, fixed: 'left' },
          {
            title: t('落实率'),
            width: 90,
            render: (_, score) => <strong data-testid={`rate-${score.unitName}`}>{percent(score.rate)}</strong>,
          },
          {
            title: t('已评'),
            width: 90,
            render: (_, score) =>
              `${score.applicable + score.counts.notApplicable - score.counts.unscored}/${score.applicable + score.counts.notApplicable}`,
          },
          { title: t('落实'), width: 60, render: (_, score) => score.counts.implemented },
          { title: t('部分落实'), width: 80, render: (_, score) => score.counts.partial },
          { title: t('未落实'), width: 70, render: (_, score) => score.counts.notImplemented },
          { title: t('不适用'), width: 70, render: (_, score) => score.counts.notApplicable },
          ...sections.map((section, index) => ({
            title: section.title,
            width: 130,
            render: (_: unknown, score: UnitScore) => percent(score.sections[index]?.rate ?? null),
          })),
        ]}
      />
    </Space>
  );
}
