// 清单督查: pick or create an evaluation, see the ranking, score each unit, export the files.
import { Alert, App, Button, Empty, Select, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';

import { scoreChecklist } from '#shared/scoring/checklist-score';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { useAssessments, useEvaluation, useEvaluations, useItems, useUnits } from '../../db/hooks';
import { t } from '../../i18n';
import { exportRectificationReport, exportReportOnTemplate, exportScoreWorkbook, saveDefaultTemplate } from '../../services/export-service';
import { useReportSettings } from '../../stores/report-settings-store';
import { useUiStore } from '../../stores/ui-store';
import { ReportSigningDialog } from '../reports/ReportSigningDialog';
import { AssessmentTable } from './AssessmentTable';
import { BatchExport } from './BatchExport';
import { useChecklistCommands } from './checklist-commands';
import { NewEvaluationForm } from './NewEvaluationForm';
import { OfficialReportDialog } from './OfficialReportDialog';
import { ScoreSummary } from './ScoreSummary';

export function EvaluationPage() {
  const { ledgerFindings } = useChecklistCommands();
  const evaluations = useEvaluations();
  const selectedId = useUiStore((state) => state.evaluationId);
  const openEvaluation = useUiStore((state) => state.openEvaluation);
  const [creating, setCreating] = useState(false);
  const [official, setOfficial] = useState(false);
  const [signing, setSigning] = useState(false);
  const evaluationId = selectedId ?? evaluations?.[0]?.id ?? null;
  const evaluation = useEvaluation(evaluationId);
  const items = useItems(evaluation?.documentId ?? null);
  const allUnits = useUnits();
  const assessments = useAssessments(evaluationId);
  const [unitTab, setUnitTab] = useState<string | null>(null);
  const { message } = App.useApp();

  const units = useMemo(() => (allUnits ?? []).filter((unit) => evaluation?.unitIds.includes(unit.id)), [allUnits, evaluation]);
  const scores = useMemo(
    () => (evaluation && items ? scoreChecklist(items, units, assessments ?? [], evaluation.tieRule) : []),
    [evaluation, items, units, assessments],
  );
  const activeUnit = units.find((unit) => unit.id === unitTab) ?? units[0];

  const { error, clearError, run: guard } = useGuardedAction();
  const run = async (action: () => Promise<boolean>, done: string) => {
    if (await guard(action)) message.success(done);
  };

  if (evaluations === undefined) return null;
  if (creating || evaluations.length === 0) {
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PageHeader title={t('新建评价')} />
        <NewEvaluationForm
          onCreated={(id) => {
            setCreating(false);
            openEvaluation(id);
          }}
        />
        {evaluations.length > 0 && <Button onClick={() => setCreating(false)}>{t('返回')}</Button>}
      </Space>
    );
  }
  if (!evaluation) return <Empty />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space>
          <PageHeader title={t('清单督查')} />
          <Select
            style={{ width: 280 }}
            value={evaluation.id}
            onChange={openEvaluation}
            options={evaluations.map((entry) => ({ value: entry.id, label: entry.name }))}
          />
          <Button onClick={() => setCreating(true)}>{t('新建评价')}</Button>
        </Space>
        <Space>
          <Button
            data-testid="to-ledger"
            onClick={() =>
              void run(async () => {
                const added = await ledgerFindings(
                  evaluation.id,
                  items ?? [],
                  units,
                  useUiStore.getState().inspector,
                  useReportSettings.getState().deadlineDays,
                );
                message.info(t('已将 {{added}} 个新发现的问题转入整改台账', { added: added }));
                useUiStore.getState().showPage('ledger');
                return false;
              }, '')
            }
          >
            {t('生成整改台账')}
          </Button>
          <Button
            type="primary"
            data-testid="export-excel"
            onClick={() => void run(() => exportScoreWorkbook(evaluation), t('评分表已导出'))}
          >
            {t('导出评分表（Excel）')}
          </Button>
          <Button data-testid="export-word" disabled={!activeUnit} onClick={() => setSigning(true)}>
            {activeUnit ? t('导出“{{unit}}”整改报告（Word）', { unit: activeUnit.name }) : t('导出整改报告（Word）')}
          </Button>
          <Button disabled={!activeUnit} onClick={() => setOfficial(true)} data-testid="export-official">
            {t('按公文格式导出…')}
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      <BatchExport
        evaluation={evaluation}
        onDone={(text) => message.success(text)}
        onError={(text) => void guard(() => Promise.reject(new Error(text)))}
      />
      {signing && activeUnit && (
        <ReportSigningDialog
          title={t('导出“{{unit}}”整改报告', { unit: activeUnit.name })}
          defaultIssuer={activeUnit.name}
          onCancel={() => setSigning(false)}
          onExport={(chosen) => {
            setSigning(false);
            void run(() => exportRectificationReport(evaluation, activeUnit.id, chosen), t('整改报告已导出'));
          }}
        />
      )}
      {official && activeUnit && (
        <OfficialReportDialog
          unitName={activeUnit.name}
          onCancel={() => setOfficial(false)}
          onDownloadTemplate={() => void run(() => saveDefaultTemplate(), t('默认模板已导出'))}
          onExport={(fields, own) => {
            setOfficial(false);
            void run(() => exportReportOnTemplate(evaluation, activeUnit.id, fields, own), t('整改报告已导出'));
          }}
        />
      )}
      <ScoreSummary evaluation={evaluation} scores={scores} />
      {units.length === 0 ? (
        <Empty description={t('本次评价没有单位')} />
      ) : (
        <Tabs
          activeKey={activeUnit?.id}
          onChange={setUnitTab}
          items={units.map((unit) => ({ key: unit.id, label: unit.name }))}
          data-testid="unit-tabs"
        />
      )}
      {activeUnit && items && (
        <AssessmentTable
          evaluationId={evaluation.id}
          unitId={activeUnit.id}
          items={items}
          assessments={(assessments ?? []).filter((entry) => entry.unitId === activeUnit.id)}
        />
      )}
    </Space>
  );
}
