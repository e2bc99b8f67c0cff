// 评价: every evaluation, whatever it scores against, on one page — pick or create one, then work
// in 清单视图 (a checklist's measures with status keys) or 总览表 + 逐单位评分 (grid and per-unit
// form with inspector, evidence, packages, 填报表 and conflicts), for either basis.
import { Alert, Button, Empty, Segmented, Select, Space, Tag } from 'antd';
import { useState } from 'react';

import type { Evaluation } from '#shared/domain/evaluation';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { t } from '../../i18n';
import { pickEvaluationPackage } from '../../services/package-service';
import { usePackageMerge } from '../../stores/package-merge-store';
import { type EvaluationView, useUiStore } from '../../stores/ui-store';
import { ChecklistView } from './ChecklistView';
import { IndicatorChecklistView } from './IndicatorChecklistView';
import { NewEvaluationForm } from './NewEvaluationForm';
import { ScoringView } from './ScoringView';
import { useEvaluationUnits, useFocusedEvaluation, useScoringBasis } from './use-evaluation-data';

/** The kind of an evaluation as its tag shows it. */
const basisLabel = (evaluation: Evaluation) => (evaluation.basis.kind === 'checklist' ? t('清单督查') : t('指标评分'));

/** The 评价批次 page: the evaluation chooser, the 新建评价 form, and the chosen evaluation's views. */
export function EvaluationPage() {
  const selectedId = useUiStore((state) => state.evaluationId);
  const openEvaluation = useUiStore((state) => state.openEvaluation);
  const { evaluations, evaluation } = useFocusedEvaluation(selectedId);
  const [creating, setCreating] = useState(false);
  const { error, clearError, run } = useGuardedAction();
  const showMerge = usePackageMerge((state) => state.show);
  const importPackage = (testId: string) => (
    <Button
      onClick={() =>
        void run(async () => {
          const opened = await pickEvaluationPackage();
          if (opened) void showMerge(opened);
        })
      }
      data-testid={testId}
    >
      {t('导入评价包（.kaoping）')}
    </Button>
  );

  if (evaluations === undefined) return null;
  if (creating || !evaluation) {
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PageHeader title={t('新建评价')} />
        <NewEvaluationForm
          onCreated={(id) => {
            setCreating(false);
            openEvaluation(id);
          }}
        />
        <Space>
          {evaluation && <Button onClick={() => setCreating(false)}>{t('返回')}</Button>}
          {importPackage('import-package-empty')}
        </Space>
        {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      </Space>
    );
  }
  const chooser = (
    <>
      <Select
        style={{ width: 400 }}
        value={evaluation.id}
        onChange={openEvaluation}
        options={evaluations.map((entry) => ({
          value: entry.id,
          label: (
            <Space size={4}>
              <Tag color={entry.basis.kind === 'checklist' ? 'green' : 'blue'}>{basisLabel(entry)}</Tag>
              {entry.name}
            </Space>
          ),
        }))}
        data-testid="evaluation-select"
      />
      <Button onClick={() => setCreating(true)} data-testid="new-evaluation">
        {t('新建评价')}
      </Button>
    </>
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('评价批次')} beside={chooser}>
        {importPackage('import-package')}
      </PageHeader>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      <EvaluationViews key={evaluation.id} evaluation={evaluation} />
    </Space>
  );
}

/** The view switch and the chosen view of one evaluation, either basis (a checklist opens on 清单视图, an indicator system on 总览表). */
function EvaluationViews({ evaluation }: { evaluation: Evaluation }) {
  const chosen = useUiStore((state) => state.evaluationView);
  const showView = useUiStore((state) => state.showEvaluationView);
  const { system, items } = useScoringBasis(evaluation);
  const units = useEvaluationUnits(evaluation);
  const checklist = evaluation.basis.kind === 'checklist';
  const view: EvaluationView = chosen ?? (checklist ? 'checklist' : 'scoring');
  if (system === undefined) return null;
  if (system === null) return <Empty description={t('该评价所依据的文件或指标体系已被删除')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Segmented<EvaluationView>
        value={view}
        onChange={showView}
        options={[
          { value: 'checklist', label: t('清单视图') },
          { value: 'scoring', label: t('总览表与逐单位评分') },
        ]}
        data-testid="evaluation-view"
      />
      {view === 'scoring' ? (
        <ScoringView evaluation={evaluation} system={system} units={units} />
      ) : checklist ? (
        <ChecklistView evaluation={evaluation} items={items} units={units} />
      ) : (
        <IndicatorChecklistView evaluation={evaluation} system={system} units={units} />
      )}
    </Space>
  );
}
