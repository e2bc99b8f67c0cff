// Scoring one unit: every measure with its status (落实/部分落实/未落实/不适用) and a note,
// each change written at once.
import { Input, Radio, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { IMPLEMENTATION_STATUS_LABELS, type Assessment, type ImplementationStatus } from '../../../../shared/domain/types';
import { db } from '../../db/connection';
import type { StoredItem } from '../../db/database';
import { assessmentId, setAssessmentNote, setAssessmentStatus } from '../../db/evaluations-repository';

type Props = { evaluationId: string; unitId: string; items: StoredItem[]; assessments: Assessment[] };

const STATUSES = Object.keys(IMPLEMENTATION_STATUS_LABELS) as ImplementationStatus[];

export function AssessmentTable({ evaluationId, unitId, items, assessments }: Props) {
  const measures = useMemo(() => items.filter((item) => item.kind === 'measure'), [items]);
  const titles = useMemo(() => new Map(items.map((item) => [item.id, item.title])), [items]);
  const byItem = useMemo(() => new Map(assessments.map((assessment) => [assessment.id, assessment])), [assessments]);
  return (
    <Table<StoredItem>
      rowKey="id"
      size="small"
      dataSource={measures}
      pagination={false}
      data-testid="assessment-table"
      columns={[
        { title: '序号', width: 60, render: (_, item, index) => item.number || index + 1 },
        {
          title: '改革举措',
          render: (_, item) => (
            <>
              {item.parentId && <Typography.Text type="secondary">{titles.get(item.parentId)} · </Typography.Text>}
              <Typography.Paragraph style={{ margin: 0, display: 'inline' }} ellipsis={{ rows: 2, expandable: true }}>
                {item.text || item.title}
              </Typography.Paragraph>
            </>
          ),
        },
        {
          title: '落实情况',
          width: 330,
          render: (_, item) => (
            <Radio.Group
              size="small"
              optionType="button"
              value={byItem.get(assessmentId(evaluationId, unitId, item.id))?.status}
              onChange={(event) => void setAssessmentStatus(db, evaluationId, unitId, item.id, event.target.value as ImplementationStatus)}
              options={STATUSES.map((status) => ({ value: status, label: IMPLEMENTATION_STATUS_LABELS[status] }))}
              data-testid={`status-${item.number || item.id}`}
            />
          ),
        },
        {
          title: '说明',
          width: 220,
          render: (_, item) => {
            const assessment = byItem.get(assessmentId(evaluationId, unitId, item.id));
            return (
              <Input
                size="small"
                key={`${unitId}-${item.id}-${assessment ? 'scored' : 'unscored'}`}
                disabled={!assessment}
                placeholder={assessment ? '问题或佐证说明' : '先选择落实情况'}
                defaultValue={assessment?.note ?? ''}
                onBlur={(event) => void setAssessmentNote(db, evaluationId, unitId, item.id, event.target.value)}
              />
            );
          },
        },
      ]}
    />
  );
}
