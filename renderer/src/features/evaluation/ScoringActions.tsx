// The scoring view's actions: who is scoring (评价员), how ties rank and 不适用 counts, packages of
// every scope out, 填报表 out and back, the unit's 评价报告 and the score workbook.
import { App, Button, Dropdown, Select, Space } from 'antd';
import { useState } from 'react';

import type { Evaluation, NotApplicablePolicy } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { TieRule, Unit } from '#shared/domain/types';
import type { FillInReading } from '#shared/exchange/read-fill-in';
import type { RubricScores } from '#shared/scoring/score-rubric';

import { t } from '../../i18n';
import { tieRuleLabels } from '../../i18n/domain-labels';
import { exportEvaluationReport, exportRubricWorkbook, exportScoreWorkbook } from '../../services/export-service';
import { exportFillIn, readReturnedFillIn } from '../../services/fill-in-service';
import { exportEvaluationPackage } from '../../services/package-service';
import { useReportSettings } from '../../stores/report-settings-store';
import { useUiStore } from '../../stores/ui-store';
import { ReportSigningDialog } from '../reports/ReportSigningDialog';
import { useEvaluationCommands } from './evaluation-commands';
import { InspectorInput } from './InspectorInput';

type Props = {
  evaluation: Evaluation;
  system: IndicatorSystem;
  scores: RubricScores;
  activeUnit: Unit | undefined;
  /** A returned 填报表 read and checked, for the preview. */
  onFillIn: (reading: FillInReading & { fileName: string }) => void;
  /** Runs an action, showing its failure on the page. */
  run: (action: () => Promise<unknown>) => void;
};

/** The toolbar above the scoring view; every action reports its failure through `run`. */
export function ScoringActions({ evaluation, system, scores, activeUnit, onFillIn, run }: Props) {
  const { setEvaluationOptions } = useEvaluationCommands();
  const inspector = useUiStore((state) => state.inspector);
  const { signingOffice, setSigningOffice } = useReportSettings();
  const [signing, setSigning] = useState(false);
  const { message } = App.useApp();
  const checklist = evaluation.basis.kind === 'checklist';
  const exportPackage = (scope: { unitIds?: string[]; inspector?: string }) =>
    run(async () => (await exportEvaluationPackage(evaluation, inspector, scope)) && message.success(t('评价包已导出')));
  const exportWorkbook = () =>
    run(async () => {
      const saved = checklist ? await exportScoreWorkbook(evaluation) : await exportRubricWorkbook(evaluation, system, scores);
      if (saved) message.success(t('评分表已导出'));
    });

  return (
    <Space wrap>
      <InspectorInput />
      <Select<TieRule>
        style={{ width: 260 }}
        value={evaluation.tieRule}
        onChange={(tieRule) => run(() => setEvaluationOptions(evaluation.id, { tieRule }))}
        options={Object.entries(tieRuleLabels()).map(([rule, label]) => ({ value: rule as TieRule, label }))}
      />
      {!checklist && (
        <Select<NotApplicablePolicy>
          style={{ width: 200 }}
          value={evaluation.notApplicable}
          onChange={(notApplicable) => run(() => setEvaluationOptions(evaluation.id, { notApplicable }))}
          options={[
            { value: 'rescale', label: t('不适用：按适用满分折算') },
            { value: 'zero', label: t('不适用：计0分') },
          ]}
        />
      )}
      <Dropdown.Button
        onClick={() => exportPackage({})}
        menu={{
          items: [
            {
              key: 'unit',
              label: t('只含“{{value}}”（交给负责该单位的评价员）', { value: activeUnit?.name ?? '' }),
              disabled: !activeUnit,
            },
            { key: 'inspector', label: t('只含“{{value}}”的评分', { value: inspector || t('未署名') }), disabled: !inspector },
          ],
          onClick: ({ key }) => exportPackage(key === 'unit' ? { unitIds: [activeUnit!.id] } : { inspector }),
        }}
        data-testid="export-package"
      >
        {t('导出评价包')}
      </Dropdown.Button>
      <Button
        onClick={() => run(async () => (await exportFillIn(evaluation, system)) && message.success(t('填报表已导出')))}
        data-testid="export-fill-in"
      >
        {t('生成填报表')}
      </Button>
      <Button
        onClick={() =>
          run(async () => {
            const reading = await readReturnedFillIn(evaluation, system);
            if (reading) onFillIn(reading);
          })
        }
        data-testid="import-fill-in"
      >
        {t('导入填报表')}
      </Button>
      <Button disabled={!activeUnit} onClick={() => setSigning(true)} data-testid="export-evaluation-report">
        {activeUnit ? t('“{{unit}}”评价报告（Word）', { unit: activeUnit.name }) : t('评价报告（Word）')}
      </Button>
      <Button type="primary" data-testid="export-rubric-excel" onClick={exportWorkbook}>
        {t('导出评分表（Excel）')}
      </Button>
      {signing && activeUnit && (
        <ReportSigningDialog
          title={t('导出“{{unit}}”评价报告', { unit: activeUnit.name })}
          defaultIssuer={signingOffice}
          onCancel={() => setSigning(false)}
          onExport={(chosen) => {
            setSigning(false);
            setSigningOffice(chosen.issuer);
            run(
              async () =>
                (await exportEvaluationReport(evaluation, system, scores, activeUnit.id, chosen)) && message.success(t('评价报告已导出')),
            );
          }}
        />
      )}
    </Space>
  );
}
