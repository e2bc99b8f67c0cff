// 清单视图 of one unit on an indicator system: one row per indicator, grouped by category, worked
// from the keyboard (see use-keyboard-scoring.ts): ↑/↓ move, Enter or typing a value opens the
// row's cell input (the same validated input as the per-unit form), Enter there stores it and
// goes on, N jumps to the next unscored indicator; filters, a note per row and the saved-state line.
import { Input, Table, type TableColumnsType, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';

import type { EvaluationInput } from '#shared/domain/evaluation';
import type { Indicator, IndicatorSystem } from '#shared/domain/indicator-system';
import type { InputValue } from '#shared/domain/rule-model';
import { formatHundredths } from '#shared/numbers/exact';
import type { RubricScores } from '#shared/scoring/score-rubric';

import { t } from '../../i18n';
import { CellInput } from './CellInput';
import { checklistRows, type Row } from './checklist-rows';
import { ScoringListHead } from './ScoringListHead';
import { useKeyboardScoring } from './use-keyboard-scoring';

type Props = {
  system: IndicatorSystem;
  scores: RubricScores;
  unitIndex: number;
  /** The unit's cells by indicator id. */
  inputs: ReadonlyMap<string, EvaluationInput>;
  /** Stores a value (undefined: none) and gives the write, whose outcome the saved-state line shows. */
  onValue: (indicator: Indicator, value: InputValue | undefined) => Promise<unknown>;
  onNote: (input: EvaluationInput, note: string) => Promise<unknown>;
  saved: { at: string } | { error: string } | null;
  onClearSaved: () => void;
};
type Filter = 'all' | 'unscored' | 'noted';
export function IndicatorChecklist({ system, scores, unitIndex, inputs, onValue, onNote, saved, onClearSaved }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const [stored, setStored] = useState<ReadonlySet<string>>(new Set());
  const container = useRef<HTMLDivElement>(null);
  const all = useMemo(
    () =>
      checklistRows(
        system,
        scores.columns.map((column) => column.indicator),
      ),
    [system, scores.columns],
  );
  const isScored = (indicatorId: string) => inputs.has(indicatorId) || stored.has(indicatorId);
  const shown = all.filter((row) => {
    if (filter === 'unscored') return !inputs.has(row.indicator.id);
    if (filter === 'noted') return Boolean(inputs.get(row.indicator.id)?.note);
    return true;
  });
  const rowIds = shown.map((row) => row.indicator.id);
  const edit = (indicatorId: string) =>
    container.current
      ?.querySelector<HTMLElement>(`[data-edit="${indicatorId}"] input, [data-edit="${indicatorId}"] .ant-select-selector`)
      ?.focus();
  const keyboard = useKeyboardScoring({ rowIds, isScored, edit });
  const scored = all.filter((row) => isScored(row.indicator.id)).length;
  useEffect(() => {
    container.current?.querySelector('.scoring-active')?.scrollIntoView({ block: 'nearest' });
  }, [keyboard.active]);

  /** Enter in a row's input (after the input took its value) goes back to the list on the next row. */
  const backToList = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (event.key !== 'Enter' || !(event.target as HTMLElement).matches('input')) return;
    event.preventDefault();
    keyboard.setActive(Math.min(index + 1, shown.length - 1));
    container.current?.focus();
  };
  const store = (indicator: Indicator, value: InputValue | undefined) => {
    setStored((current) => new Set(current).add(indicator.id));
    void onValue(indicator, value);
  };

  return (
    <div ref={container} tabIndex={0} onKeyDown={keyboard.onKeyDown} style={{ outline: 'none' }} data-testid="indicator-checklist">
      <ScoringListHead<Filter>
        filter={filter}
        onFilter={setFilter}
        filters={[
          { value: 'all', label: t('全部 {{length}}', { length: all.length }) },
          { value: 'unscored', label: t('未评分 {{value}}', { value: all.length - scored }) },
          { value: 'noted', label: t('有说明') },
        ]}
        filterTestId="indicator-checklist-filter"
        hint={t('键盘操作：↑/↓ 移动，Enter 或直接键入数值录入，录入后 Enter 保存并到下一条，N 下一条未评分')}
        saved={saved}
        onClearSaved={onClearSaved}
        scored={scored}
        total={all.length}
      />
      <Table<Row>
        rowKey={(row) => row.indicator.id}
        size="small"
        dataSource={shown}
        pagination={false}
        sticky
        rowClassName={(_, index) => (index === keyboard.active ? 'scoring-active' : '')}
        onRow={(_, index) => ({
          onClick: () => keyboard.setActive(index ?? 0),
          style: index === keyboard.active ? { background: 'var(--ant-color-primary-bg)', boxShadow: 'inset 3px 0 0 #b71c1c' } : undefined,
        })}
        data-testid="indicator-checklist-table"
        columns={listColumns({ scores, unitIndex, inputs, filter, store, backToList, onNote, focusList: () => container.current?.focus() })}
      />
    </div>
  );
}

type ColumnsOf = Pick<Props, 'scores' | 'unitIndex' | 'inputs' | 'onNote'> & {
  filter: Filter;
  store: (indicator: Indicator, value: InputValue | undefined) => void;
  backToList: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
  focusList: () => void;
};

/** The list's columns: category (spanning its rows when all are shown), indicator, 分值, input, points and note. */
function listColumns({ scores, unitIndex, inputs, filter, store, backToList, onNote, focusList }: ColumnsOf): TableColumnsType<Row> {
  return [
    {
      title: t('类别'),
      width: 150,
      // The category cell spans its rows and keeps its own background when one of them is active.
      onCell: (row) => ({ rowSpan: filter === 'all' ? row.firstOfCategory : 1, style: { background: 'var(--ant-color-bg-container)' } }),
      render: (_, row) => row.category,
    },
    {
      title: t('指标'),
      render: (_, row) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true, tooltip: row.indicator.ruleText }}>
          {row.indicator.name}
        </Typography.Paragraph>
      ),
    },
    { title: t('分值'), width: 60, align: 'right', render: (_, row) => formatHundredths(row.indicator.maxPoints) },
    {
      title: t('输入（Enter 或键入数值）'),
      width: 300,
      render: (_, row, index) => {
        const input = inputs.get(row.indicator.id);
        return (
          <div data-edit={row.indicator.id} onKeyDown={(event) => backToList(event, index)}>
            <CellInput
              indicator={row.indicator}
              value={input?.value}
              others={scores.columns[row.column]!.values.filter((_, unit) => unit !== unitIndex)}
              disabled={input?.value === null}
              onCommit={(value) => store(row.indicator, value)}
              testId={`list-input-${row.indicator.name}`}
            />
          </div>
        );
      },
    },
    {
      title: t('得分'),
      width: 70,
      align: 'right',
      render: (_, row) => {
        const points = scores.columns[row.column]!.points[unitIndex];
        return (
          <strong data-testid={`list-points-${row.indicator.name}`}>
            {points === null || points === undefined ? '—' : formatHundredths(points)}
          </strong>
        );
      },
    },
    {
      title: t('说明'),
      width: 220,
      render: (_, row) => {
        const input = inputs.get(row.indicator.id);
        return (
          <Input
            size="small"
            key={`${row.indicator.id}-${input ? 'scored' : 'unscored'}-${input?.note ?? ''}`}
            disabled={!input}
            placeholder={input ? t('问题或佐证说明') : t('先录入')}
            defaultValue={input?.note ?? ''}
            onBlur={(event) => input && event.target.value !== input.note && void onNote(input, event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && (event.currentTarget.blur(), focusList())}
          />
        );
      },
    },
  ];
}
