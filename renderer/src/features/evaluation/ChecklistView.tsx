// 清单视图: a checklist inspection's ranking, each unit's measures with status keys and notes, the
// findings carried into the ledger, and the score workbook and 整改报告 exported.
import { Alert, App, Button, Empty, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';

import type { Evaluation } from '#shared/domain/evaluation';
import type { Unit } from '#shared/domain/types';
import { scoreChecklist } from '#shared/scoring/checklist-score';

import { useGuardedAction } from '../../app/use-guarded-action';
import type { StoredItem } from '../../db/database';
import { t } from '../../i18n';
import { exportRectificationReport, exportReportOnTemplate, exportScoreWorkbook, saveDefaultTemplate } from '../../services/export-service';
import { useReportSettings } from '../../stores/report-settings-store';
import { useUiStore } from '../../stores/ui-store';
import { ReportSigningDialog } from '../reports/ReportSigningDialog';
import { AssessmentTable } from './AssessmentTable';
import { BatchExport } from './BatchExport';
import { useEvaluationCommands } from './evaluation-commands';
import { InspectorInput } from './InspectorInput';
import { OfficialReportDialog } from './OfficialReportDialog';
import { ScoreSummary } from './ScoreSummary';
import { useEvaluationRecords } from './use-evaluation-data';

type Props = { evaluation: Evaluation; items: StoredItem[]; units: Unit[] };

/** 清单视图 of a checklist inspection: ranking, each unit's measures by status keys, ledger and exports. */
export function ChecklistView({ evaluation, items, units }: Props) {
  const { ledgerFindings } = useEvaluationCommands();
  const inspector = useUiStore((state) => state.inspector);
  const [official, setOfficial] = useState(false);
  const [signing, setSigning] = useState(false);
  const { inputs } = useEvaluationRecords(evaluation.id);
  const [unitTab, setUnitTab] = useState<string | null>(null);
  const { message } = App.useApp();

  const scores = useMemo(() => scoreChecklist(items, units, inputs ?? [], evaluation.tieRule), [evaluation, items, units, inputs]);
  const activeUnit = units.find((unit) => unit.id === unitTab) ?? units[0];

  const { error, clearError, run: guard } = useGuardedAction();
  const run = async (action: () => Promise<boolean>, done: string) => {
    if (await guard(action)) message.success(done);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <InspectorInput />
        <Space wrap>
          <Button
            data-testid="to-ledger"
            onClick={() =>
              void run(async () => {
                const added = await ledgerFindings(evaluation.id, items, units, inspector, useReportSettings.getState().deadlineDays);
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
      {activeUnit && (
        <AssessmentTable
          evaluationId={evaluation.id}
          unitId={activeUnit.id}
          items={items}
          inputs={(inputs ?? []).filter((entry) => entry.unitId === activeUnit.id)}
          inspector={inspector}
        />
      )}
    </Space>
  );
}
