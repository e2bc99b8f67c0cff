// 指标评分: an evaluation over an indicator system — ranking, one unit's scoring form, evidence.
import { Alert, App, Button, Dropdown, Empty, Input, Segmented, Select, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';

import type { Indicator } from '#shared/domain/indicator-system';
import type { TieRule } from '#shared/domain/types';
import type { FillInReading } from '#shared/exchange/read-fill-in';
import { rectificationFromCell } from '#shared/rectification/ledger';
import type { InputValue } from '#shared/scoring/rule-points';
import { type NotApplicablePolicy, rescoreCell, type RubricScores, scoreRubric } from '#shared/scoring/score-rubric';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import type { RubricInput } from '../../db/database';
import {
  useConflicts,
  useEvidence,
  useIndicatorSystem,
  useRectifications,
  useRubricEvaluations,
  useRubricInputs,
  useUnits,
} from '../../db/hooks';
import { t } from '../../i18n';
import { tieRuleLabels } from '../../i18n/domain-labels';
import { platform } from '../../platform';
import { exportEvaluationReport, exportRubricWorkbook } from '../../services/export-service';
import { applyReturnedFillIn, exportFillIn, readReturnedFillIn } from '../../services/fill-in-service';
import { exportEvaluationPackage, pickEvaluationPackage } from '../../services/package-service';
import { usePackageMerge } from '../../stores/package-merge-store';
import { useReportSettings } from '../../stores/report-settings-store';
import { useUiStore } from '../../stores/ui-store';
import { ReportSigningDialog } from '../reports/ReportSigningDialog';
import { CameraCapture } from './CameraCapture';
import { ConflictReview } from './ConflictReview';
import { FillInPreview } from './FillInPreview';
import { NewRubricEvaluationForm } from './NewRubricEvaluationForm';
import { OverviewCharts } from './OverviewCharts';
import { rubricInputId, useRubricCommands } from './rubric-commands';
import { RubricRanking } from './RubricRanking';
import { ScoreGrid } from './ScoreGrid';
import { UnitScoringTable } from './UnitScoringTable';

const LARGE_EVIDENCE_BYTES = 20 * 1024 * 1024;

export function RubricEvaluationPage() {
  const { setRubricInput, addEvidence, setRubricEvaluationOptions, setRubricNote, addRectification } = useRubricCommands();
  const evaluations = useRubricEvaluations();
  const selected = useUiStore((state) => state.rubricEvaluationId);
  const openRubricEvaluation = useUiStore((state) => state.openRubricEvaluation);
  const inspector = useUiStore((state) => state.inspector);
  const setInspector = useUiStore((state) => state.setInspector);
  const [creating, setCreating] = useState(false);
  const [signing, setSigning] = useState(false);
  const { signingOffice, setSigningOffice } = useReportSettings();
  const evaluation = evaluations?.find((entry) => entry.id === selected) ?? evaluations?.[0];
  const system = useIndicatorSystem(evaluation?.systemId ?? null);
  const allUnits = useUnits();
  const stored = useRubricInputs(evaluation?.id ?? null);
  const evidence = useEvidence(evaluation?.id ?? null);
  const rectifications = useRectifications();
  const [photographing, setPhotographing] = useState<RubricInput | null>(null);
  const conflicts = useConflicts(evaluation?.id ?? null);
  const [unitTab, setUnitTab] = useState<string | null>(null);
  const [view, setView] = useState<'unit' | 'grid' | 'charts'>('unit');
  const [fillIn, setFillIn] = useState<(FillInReading & { fileName: string }) | null>(null);
  const [optimistic, setOptimistic] = useState<{ basis: unknown; scores: RubricScores } | null>(null);
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();

  const units = useMemo(() => (allUnits ?? []).filter((unit) => evaluation?.unitIds.includes(unit.id)), [allUnits, evaluation]);
  const inputs = useMemo(() => new Map((stored ?? []).map((input) => [input.id, input])), [stored]);
  const computed = useMemo(() => {
    if (!system || !evaluation || !stored) return null;
    return scoreRubric(
      system,
      units.map((unit) => unit.id),
      stored.map((input) => ({ indicatorId: input.indicatorId, unitId: input.unitId, value: input.value })),
      { tieRule: evaluation.tieRule, notApplicable: evaluation.notApplicable },
    );
  }, [system, evaluation, stored, units]);
  // A change shows at once (one column and the totals rescored); storage catches up behind it.
  const scores = optimistic && optimistic.basis === computed ? optimistic.scores : computed;
  const unitNames = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const activeUnit = units.find((unit) => unit.id === unitTab) ?? units[0];

  const showMerge = usePackageMerge((state) => state.show);
  const importPackage = () =>
    run(async () => {
      const opened = await pickEvaluationPackage();
      if (opened) void showMerge(opened);
    });

  if (evaluations === undefined) return null;
  if (creating || evaluations.length === 0) {
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PageHeader title={t('新建指标评分')} />
        <NewRubricEvaluationForm
          onCreated={(id) => {
            setCreating(false);
            openRubricEvaluation(id);
          }}
        />
        <Space>
          {evaluations.length > 0 && <Button onClick={() => setCreating(false)}>{t('返回')}</Button>}
          <Button onClick={() => void importPackage()} data-testid="import-package-empty">
            {t('导入评价包（.kaoping）')}
          </Button>
        </Space>
        {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      </Space>
    );
  }
  if (!evaluation || !system || !scores) return <Empty description={t('该评价的指标体系已被删除')} />;

  const setCell = (unitId: string, indicator: Indicator, value: InputValue | null | undefined) => {
    setOptimistic({ basis: computed, scores: rescoreCell(system, scores, indicator.id, unitId, value) });
    void run(() => setRubricInput(evaluation.id, unitId, indicator.id, value, inspector));
  };
  const setValue = (indicator: Indicator, value: InputValue | null | undefined) => activeUnit && setCell(activeUnit.id, indicator, value);
  const store = (input: RubricInput, files: Array<{ name: string; bytes: Uint8Array; type?: string }>) =>
    run(async () => {
      for (const file of files) {
        if (file.bytes.byteLength > LARGE_EVIDENCE_BYTES)
          message.warning(
            t('“{{name}}”较大（{{toFixed}} MB），会占用较多存储空间。', {
              name: file.name,
              toFixed: (file.bytes.byteLength / 1024 / 1024).toFixed(1),
            }),
          );
        await addEvidence(input, file, inspector);
      }
      if (files.length > 0) message.success(t('已添加佐证：{{join}}', { join: files.map((file) => file.name).join('、') }));
    });
  const attach = (input: RubricInput) =>
    run(async () => {
      const file = await platform.openFile([
        { name: t('佐证材料'), extensions: ['jpg', 'jpeg', 'png', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'txt', 'zip'] },
      ]);
      if (file) await store(input, [file]);
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('指标评分')}
        beside={
          <>
            <Select
              style={{ width: 240 }}
              value={evaluation.id}
              onChange={openRubricEvaluation}
              options={evaluations.map((entry) => ({ value: entry.id, label: entry.name }))}
            />
            <Button onClick={() => setCreating(true)}>{t('新建评价')}</Button>
          </>
        }
      >
        <Space wrap>
          <Input
            style={{ width: 160 }}
            addonBefore={t('评价员')}
            value={inspector}
            onChange={(event) => setInspector(event.target.value)}
            placeholder={t('姓名')}
            data-testid="inspector"
          />
          <Select<TieRule>
            style={{ width: 260 }}
            value={evaluation.tieRule}
            onChange={(tieRule) => void run(() => setRubricEvaluationOptions(evaluation.id, { tieRule }))}
            options={Object.entries(tieRuleLabels()).map(([rule, label]) => ({ value: rule as TieRule, label }))}
          />
          <Dropdown.Button
            onClick={() =>
              void run(async () => (await exportEvaluationPackage(evaluation, inspector)) && message.success(t('评价包已导出')))
            }
            menu={{
              items: [
                {
                  key: 'unit',
                  label: t('只含“{{value}}”（交给负责该单位的评价员）', { value: activeUnit?.name ?? '' }),
                  disabled: !activeUnit,
                },
                { key: 'inspector', label: t('只含“{{value}}”的评分', { value: inspector || t('未署名') }), disabled: !inspector },
              ],
              onClick: ({ key }) =>
                void run(
                  async () =>
                    (await exportEvaluationPackage(
                      evaluation,
                      inspector,
                      key === 'unit' ? { unitIds: [activeUnit!.id] } : { inspector },
                    )) && message.success(t('评价包已导出')),
                ),
            }}
            data-testid="export-package"
          >
            {t('导出评价包')}
          </Dropdown.Button>
          <Button onClick={() => void importPackage()} data-testid="import-package">
            {t('导入评价包')}
          </Button>
          <Button
            onClick={() => void run(async () => (await exportFillIn(evaluation, system)) && message.success(t('填报表已导出')))}
            data-testid="export-fill-in"
          >
            {t('生成填报表')}
          </Button>
          <Button
            onClick={() => void run(async () => setFillIn(await readReturnedFillIn(evaluation, system)))}
            data-testid="import-fill-in"
          >
            {t('导入填报表')}
          </Button>
          <Button disabled={!activeUnit} onClick={() => setSigning(true)} data-testid="export-evaluation-report">
            {activeUnit ? t('“{{unit}}”评价报告（Word）', { unit: activeUnit.name }) : t('评价报告（Word）')}
          </Button>
          <Button
            type="primary"
            data-testid="export-rubric-excel"
            onClick={() =>
              void run(async () => (await exportRubricWorkbook(evaluation, system, scores)) && message.success(t('评分表已导出')))
            }
          >
            {t('导出评分表（Excel）')}
          </Button>
          <Select<NotApplicablePolicy>
            style={{ width: 200 }}
            value={evaluation.notApplicable}
            onChange={(notApplicable) => void run(() => setRubricEvaluationOptions(evaluation.id, { notApplicable }))}
            options={[
              { value: 'rescale', label: t('不适用：按适用满分折算') },
              { value: 'zero', label: t('不适用：计0分') },
            ]}
          />
        </Space>
      </PageHeader>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      <Typography.Text type="secondary">
        {t('{{title}} · 排名规则：{{value}} · 每项输入即时保存，并记录评价员和时间。', {
          title: system.title,
          value: tieRuleLabels()[evaluation.tieRule],
        })}
      </Typography.Text>
      {signing && activeUnit && (
        <ReportSigningDialog
          title={t('导出“{{unit}}”评价报告', { unit: activeUnit.name })}
          defaultIssuer={signingOffice}
          onCancel={() => setSigning(false)}
          onExport={(chosen) => {
            setSigning(false);
            setSigningOffice(chosen.issuer);
            void run(
              async () =>
                (await exportEvaluationReport(evaluation, system, scores, activeUnit.id, chosen)) && message.success(t('评价报告已导出')),
            );
          }}
        />
      )}
      {fillIn && (
        <FillInPreview
          reading={fillIn}
          onCancel={() => setFillIn(null)}
          onApply={() =>
            void run(async () => {
              const changed = await applyReturnedFillIn(evaluation, fillIn, inspector);
              setFillIn(null);
              message.success(t('已应用填报表：更新 {{changed}} 项', { changed: changed }));
            })
          }
        />
      )}
      <ConflictReview
        conflicts={conflicts ?? []}
        onError={(text) => void run(() => Promise.reject(new Error(text)))}
        describe={(conflict) => {
          const [, unitId = '', indicatorId = ''] = conflict.recordId.split('|');
          const indicator = system.indicators.find((entry) => entry.id === indicatorId);
          return conflict.table === 'rubricInputs'
            ? `${unitNames.get(unitId) ?? unitId} · ${indicator?.name ?? indicatorId}`
            : `${conflict.table} · ${conflict.recordId}`;
        }}
      />
      <CameraCapture
        open={photographing !== null}
        onClose={() => setPhotographing(null)}
        onPhoto={(photo) => {
          const input = photographing;
          setPhotographing(null);
          if (input) void store(input, [photo]);
        }}
      />
      <RubricRanking system={system} totals={scores.units} unitNames={unitNames} />
      <Segmented
        value={view}
        onChange={(value) => setView(value as 'unit' | 'grid' | 'charts')}
        options={[
          { value: 'unit', label: t('按单位录入') },
          { value: 'grid', label: t('总览表（单位 × 指标）') },
          { value: 'charts', label: t('图表') },
        ]}
        data-testid="view-switch"
      />
      {view === 'charts' && <OverviewCharts evaluationName={evaluation.name} system={system} scores={scores} unitNames={unitNames} />}
      {view === 'grid' && (
        <ScoreGrid
          scores={scores}
          unitNames={unitNames}
          valueOf={(unitId, indicator) => inputs.get(rubricInputId(evaluation.id, unitId, indicator.id))?.value}
          onValue={setCell}
        />
      )}
      {view === 'unit' && units.length > 0 && (
        <Tabs
          activeKey={activeUnit?.id}
          onChange={setUnitTab}
          items={units.map((unit) => ({ key: unit.id, label: unit.name }))}
          data-testid="rubric-unit-tabs"
        />
      )}
      {view === 'unit' && activeUnit && (
        <UnitScoringTable
          unitIndex={units.indexOf(activeUnit)}
          scores={scores}
          inputs={inputs}
          evidence={evidence ?? []}
          inputIdOf={(indicator) => rubricInputId(evaluation.id, activeUnit.id, indicator.id)}
          onValue={setValue}
          onNote={(input, note) => void run(() => setRubricNote(input.id, note, inspector))}
          onAddEvidence={(input) => void attach(input)}
          onEvidenceFiles={(input, files) => void store(input, files)}
          onCamera={setPhotographing}
          inLedger={
            new Set(
              (rectifications ?? [])
                .filter((item) => item.evaluationId === evaluation.id && item.unitId === activeUnit.id)
                .map((item) => item.sourceId),
            )
          }
          onFinding={(indicator, points, reason, note) =>
            void run(async () => {
              const rectification = rectificationFromCell({
                evaluationId: evaluation.id,
                unitId: activeUnit.id,
                unitName: activeUnit.name,
                indicator,
                points,
                reason,
                note,
                today: dayjs().format('YYYY-MM-DD'),
                days: useReportSettings.getState().deadlineDays,
              });
              if (await addRectification(rectification, inspector))
                message.success(t('已记入整改台账（完成时限暂定{{text}}，可在台账中修改）', { text: rectification.deadline!.text }));
            })
          }
        />
      )}
    </Space>
  );
}
