// 评价总览: ranking bars by tier, the units × categories heat map, the distribution of totals, and
// one unit's categories against the average and the best. Each chart saves as a PNG.
import { Col, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';

import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { compareCategories } from '#shared/export/charts/category-chart';
import {
  categoryHeatmapOption,
  categoryRadarOption,
  rankingChartOption,
  totalsDistributionOption,
} from '#shared/export/charts/dashboard-charts';
import type { RubricScores } from '#shared/scoring/score-rubric';

import { t } from '../../i18n';
import { EChart } from '../charts/EChart';

type Props = { evaluationName: string; system: IndicatorSystem; scores: RubricScores; unitNames: ReadonlyMap<string, string> };

export function OverviewCharts({ evaluationName, system, scores, unitNames }: Props) {
  const [unitId, setUnitId] = useState<string | null>(null);
  const unitIndex = Math.max(0, scores.unitIds.indexOf(unitId ?? scores.unitIds[0] ?? ''));
  const unitName = unitNames.get(scores.unitIds[unitIndex] ?? '') ?? '';
  const ranking = useMemo(() => rankingChartOption(scores, unitNames), [scores, unitNames]);
  const heatmap = useMemo(() => categoryHeatmapOption(system, scores, unitNames), [system, scores, unitNames]);
  const distribution = useMemo(() => totalsDistributionOption(system, scores), [system, scores]);
  const radar = useMemo(
    () => categoryRadarOption(unitName, compareCategories(system, scores, unitIndex)),
    [system, scores, unitIndex, unitName],
  );
  if (scores.units.length === 0) return <Typography.Text type="secondary">{t('本次评价没有单位。')}</Typography.Text>;
  return (
    <Row gutter={[16, 16]} data-testid="overview-charts">
      <Col xs={24} xl={12}>
        <EChart
          title={t('总分排名（前三名绿色、后三名红色）')}
          option={ranking}
          height={Math.max(240, 32 * scores.units.length + 80)}
          fileName={t('{{evaluationName}}-总分排名', { evaluationName: evaluationName })}
          testId="chart-ranking"
        />
      </Col>
      <Col xs={24} xl={12}>
        <EChart
          title={t('总分分布')}
          option={distribution}
          fileName={t('{{evaluationName}}-总分分布', { evaluationName: evaluationName })}
          testId="chart-distribution"
        />
      </Col>
      <Col xs={24}>
        <EChart
          title={t('类别得分率热力图')}
          option={heatmap}
          height={Math.max(260, 36 * scores.units.length + 120)}
          fileName={t('{{evaluationName}}-类别得分率', { evaluationName: evaluationName })}
          testId="chart-heatmap"
        />
      </Col>
      <Col xs={24} xl={12}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            style={{ width: 200 }}
            value={scores.unitIds[unitIndex]}
            onChange={setUnitId}
            options={scores.unitIds.map((id) => ({ value: id, label: unitNames.get(id) ?? id }))}
            data-testid="radar-unit"
          />
          <EChart
            title={t('{{unitName}} 类别雷达图', { unitName: unitName })}
            option={radar}
            fileName={t('{{evaluationName}}-{{unitName}}-类别雷达图', { evaluationName: evaluationName, unitName: unitName })}
            testId="chart-radar"
          />
        </Space>
      </Col>
    </Row>
  );
}
