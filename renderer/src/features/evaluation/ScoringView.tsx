// 总览表 + 逐单位评分: an evaluation of either basis scored cell by cell — the ranking, one unit's
// form (inspector, evidence incl. camera/paste/drop, 发现问题), the grid of units × indicators, the
// charts, and its exchange: packages, 填报表 out and back, conflicts after a merge.
import { Alert, App, Segmented, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';

import { type Evaluation, type EvaluationInput, inputIdFor } from '#shared/domain/evaluation';
import type { Indicator, IndicatorSystem } from '#shared/domain/indicator-system';
import type { InputValue } from '#shared/domain/rule-model';
import type { Unit } from '#shared/domain/types';
import type { FillInReading } from '#shared/exchange/read-fill-in';

import { useGuardedAction } from '../../app/use-guarded-action';
import type { StoredConflict } from '../../db/database';
import { t } from '../../i18n';
import { tieRuleLabels } from '../../i18n/domain-labels';
import { applyReturnedFillIn } from '../../services/fill-in-service';
import { useUiStore } from '../../stores/ui-store';
import { CameraCapture } from './CameraCapture';
import { ConflictReview } from './ConflictReview';
import { useEvaluationCommands } from './evaluation-commands';
import { FillInPreview } from './FillInPreview';
import { OverviewCharts } from './OverviewCharts';
import { RubricRanking } from './RubricRanking';
import { ScoreGrid } from './ScoreGrid';
import { ScoringActions } from './ScoringActions';
import { UnitScoringTable } from './UnitScoringTable';
import { useCellActions } from './use-cell-actions';
import { useEvaluationRecords } from './use-evaluation-data';
import { useScores } from './use-scores';

type Props = { evaluation: Evaluation; system: IndicatorSystem; units: Unit[] };

/** What a conflict is about: "<unit> · <indicator>" for a cell, else its table and record id. */
function conflictLabel(conflict: StoredConflict, system: IndicatorSystem, unitNames: ReadonlyMap<string, string>): string {
  if (conflict.table !== 'inputs') return `${conflict.table} · ${conflict.recordId}`;
  const [, unitId = '', indicatorId = ''] = conflict.recordId.split('|');
  const indicator = system.indicators.find((entry) => entry.id === indicatorId);
  return `${unitNames.get(unitId) ?? unitId} · ${indicator?.name ?? indicatorId}`;
}

/** 总览表 + 逐单位评分 of an evaluation of either basis (a checklist scored as its indicator system). */
export function ScoringView({ evaluation, system, units }: Props) {
  const { setInput, setInputNote } = useEvaluationCommands();
  const inspector = useUiStore((state) => state.inspector);
  const { inputs: stored, evidence, conflicts, rectifications } = useEvaluationRecords(evaluation.id);
  const [photographing, setPhotographing] = useState<EvaluationInput | null>(null);
  const [unitTab, setUnitTab] = useState<string | null>(null);
  const [view, setView] = useState<'unit' | 'grid' | 'charts'>('unit');
  const [fillIn, setFillIn] = useState<(FillInReading & { fileName: string }) | null>(null);
  const { error, clearError, run } = useGuardedAction();
  const { store, attach, recordFinding } = useCellActions(evaluation, run);
  const { message } = App.useApp();

  const inputs = useMemo(() => new Map((stored ?? []).map((input) => [input.id, input])), [stored]);
  const { scores, showChange } = useScores(system, evaluation, units, stored);
  const unitNames = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const activeUnit = units.find((unit) => unit.id === unitTab) ?? units[0];
  if (!scores) return null;

  const setCell = (unitId: string, indicator: Indicator, value: InputValue | null | undefined) => {
    showChange(unitId, indicator.id, value);
    void run(() => setInput(evaluation.id, unitId, indicator.id, value, inspector));
  };
  const setValue = (indicator: Indicator, value: InputValue | null | undefined) => activeUnit && setCell(activeUnit.id, indicator, value);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <ScoringActions
        evaluation={evaluation}
        system={system}
        scores={scores}
        activeUnit={activeUnit}
        onFillIn={setFillIn}
        run={(action) => void run(action)}
      />
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      <Typography.Text type="secondary">
        {t('{{title}} · 排名规则：{{value}} · 每项输入即时保存，并记录评价员和时间。', {
          title: system.title,
          value: tieRuleLabels()[evaluation.tieRule],
        })}
      </Typography.Text>
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
        conflicts={conflicts}
        onError={(text) => void run(() => Promise.reject(new Error(text)))}
        describe={(conflict) => conflictLabel(conflict, system, unitNames)}
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
          valueOf={(unitId, indicator) => inputs.get(inputIdFor(evaluation.id, unitId, indicator.id))?.value}
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
          evidence={evidence}
          inputIdOf={(indicator) => inputIdFor(evaluation.id, activeUnit.id, indicator.id)}
          onValue={setValue}
          onNote={(input, note) => void run(() => setInputNote(input.id, note, inspector))}
          onAddEvidence={(input) => void attach(input)}
          onEvidenceFiles={(input, files) => void store(input, files)}
          onCamera={setPhotographing}
          inLedger={new Set(rectifications.filter((item) => item.unitId === activeUnit.id).map((item) => item.source.indicatorId))}
          onFinding={(indicator, points, reason, note) => void recordFinding(activeUnit, indicator, points, reason, note)}
        />
      )}
    </Space>
  );
}
