// The ledger's charts for the items in view: findings by category (stacked by status) and the
// number of items in each status over time. Each saves as a PNG.
import { Col, Empty, Row } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';

import type { Rectification } from '#shared/domain/rectification';
import {
  categoryOfSource,
  findingsByCategory,
  findingsByCategoryOption,
  statusOverTimeOption,
  statusTimeline,
} from '#shared/rectification/ledger-charts';

import { t } from '../../i18n';
import { rectificationStatusLabels } from '../../i18n/domain-labels';
import { EChart } from '../charts/EChart';
import { useFindingSources } from './ledger-data';

export function LedgerCharts({ rectifications }: { rectifications: Rectification[] }) {
  const evaluationIds = useMemo(() => [...new Set(rectifications.map((item) => item.source.evaluationId))].sort(), [rectifications]);
  const sources = useFindingSources(evaluationIds);
  const today = dayjs().format('YYYY-MM-DD');
  const byCategory = useMemo(() => {
    if (!sources) return null;
    const rows = findingsByCategory(rectifications, categoryOfSource(sources, t('其他')));
    return { rows, option: findingsByCategoryOption(rows, { title: t('问题按类别分布'), statuses: rectificationStatusLabels() }) };
  }, [rectifications, sources]);
  const overTime = useMemo(
    () => statusOverTimeOption(statusTimeline(rectifications, today), { title: t('整改状态变化'), statuses: rectificationStatusLabels() }),
    [rectifications, today],
  );
  if (rectifications.length === 0) return <Empty description={t('台账中没有可统计的整改事项。')} />;
  return (
    <Row gutter={[16, 16]} data-testid="ledger-charts">
      <Col xs={24} xl={12}>
        {byCategory && (
          <EChart
            title={t('问题按类别分布')}
            option={byCategory.option}
            height={Math.max(260, 40 * byCategory.rows.length + 100)}
            fileName={t('整改台账-问题按类别分布')}
            testId="chart-findings-by-category"
          />
        )}
      </Col>
      <Col xs={24} xl={12}>
        <EChart title={t('整改状态变化')} option={overTime} fileName={t('整改台账-整改状态变化')} testId="chart-status-over-time" />
      </Col>
    </Row>
  );
}
