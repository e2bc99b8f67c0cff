// The findings a rectification plan states, area by area: problems, targets, and each measure
// with its 责任单位, 责任人 and 完成时限 — what the office turns into its 整改台账.
import { Table, Typography } from 'antd';

import type { PlanFinding } from '#shared/domain/types';

import { t } from '../../i18n';

export function PlanFindingsTable({ findings }: { findings: PlanFinding[] }) {
  return (
    <Table<PlanFinding>
      rowKey="line"
      size="small"
      bordered
      pagination={false}
      data-testid="plan-findings"
      title={() => (
        <Typography.Text strong>
          {t('整改问题（{{length}} 个领域，{{reduce}} 条整改措施）', {
            length: findings.length,
            reduce: findings.reduce((sum, finding) => sum + finding.measures.length, 0),
          })}
        </Typography.Text>
      )}
      dataSource={findings}
      columns={[
        { title: t('领域'), dataIndex: 'area', width: 110 },
        {
          title: t('主要问题'),
          dataIndex: 'problems',
          width: 260,
          render: (problems: string[]) => problems.map((problem, index) => <div key={index}>{`${index + 1}. ${problem}`}</div>),
        },
        {
          title: t('整改目标'),
          dataIndex: 'targets',
          width: 260,
          render: (targets: string[]) => (
            <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 4, expandable: true }}>
              {targets.join(' ')}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('整改措施 · 责任单位 · 责任人 · 完成时限'),
          dataIndex: 'measures',
          render: (measures: PlanFinding['measures']) =>
            measures.map((measure, index) => (
              <div key={measure.line} style={{ marginBottom: 6 }}>
                <Typography.Text
                  ellipsis={{ tooltip: measure.text }}
                  style={{ maxWidth: 420 }}
                >{`${index + 1}、${measure.text}`}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {[measure.responsibleUnits.join('、') || '—', measure.owner ?? '—', measure.deadline?.text ?? '—'].join(' · ')}
                  </Typography.Text>
                </div>
              </div>
            )),
        },
      ]}
    />
  );
}
