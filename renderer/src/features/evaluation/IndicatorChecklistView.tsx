// 清单视图 of an evaluation on an indicator system: the ranking, the inspector, and one unit's
// indicators as a keyboard-first list (IndicatorChecklist); each entry stored at once for the
// current 评价员, the ranking rescored before storage answers.
import { Empty, Space, Tabs } from 'antd';
import { useMemo, useState } from 'react';

import type { Evaluation } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { Unit } from '#shared/domain/types';

import { t } from '../../i18n';
import { useUiStore } from '../../stores/ui-store';
import { useEvaluationCommands } from './evaluation-commands';
import { IndicatorChecklist } from './IndicatorChecklist';
import { InspectorInput } from './InspectorInput';
import { RubricRanking } from './RubricRanking';
import { useEvaluationRecords } from './use-evaluation-data';
import { useSavedWrites } from './use-saved-writes';
import { useScores } from './use-scores';

type Props = { evaluation: Evaluation; system: IndicatorSystem; units: Unit[] };

/** 清单视图 of an indicator-system evaluation: ranking, unit tabs and the chosen unit's keyboard list. */
export function IndicatorChecklistView({ evaluation, system, units }: Props) {
  const { setInput, setInputNote } = useEvaluationCommands();
  const inspector = useUiStore((state) => state.inspector);
  const { inputs: stored } = useEvaluationRecords(evaluation.id);
  const [unitTab, setUnitTab] = useState<string | null>(null);
  const { saved, clearSaved, write } = useSavedWrites();
  const { scores, showChange } = useScores(system, evaluation, units, stored);
  const unitNames = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const activeUnit = units.find((unit) => unit.id === unitTab) ?? units[0];
  const unitInputs = useMemo(
    () => new Map((stored ?? []).filter((input) => input.unitId === activeUnit?.id).map((input) => [input.indicatorId, input])),
    [stored, activeUnit],
  );
  if (!scores) return null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <InspectorInput />
      <RubricRanking system={system} totals={scores.units} unitNames={unitNames} />
      {units.length === 0 ? (
        <Empty description={t('本次评价没有单位')} />
      ) : (
        <Tabs
          activeKey={activeUnit?.id}
          onChange={setUnitTab}
          items={units.map((unit) => ({ key: unit.id, label: unit.name }))}
          data-testid="list-unit-tabs"
        />
      )}
      {activeUnit && (
        <IndicatorChecklist
          key={activeUnit.id}
          system={system}
          scores={scores}
          unitIndex={units.indexOf(activeUnit)}
          inputs={unitInputs}
          onValue={(indicator, value) => {
            showChange(activeUnit.id, indicator.id, value);
            return write(setInput(evaluation.id, activeUnit.id, indicator.id, value, inspector));
          }}
          onNote={(input, note) => write(setInputNote(input.id, note, inspector))}
          saved={saved}
          onClearSaved={clearSaved}
        />
      )}
    </Space>
  );
}
