// Scoring one unit: every measure with its status (落实/部分落实/未落实/不适用) and a note, each
// change written at once (the screen does not wait for storage; a failed write is shown). Keyboard
// first (see use-keyboard-scoring.ts), with filters and a saved-state line.
import { App, Input, Table, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';

import { type EvaluationInput, inputIdFor, valueAsStatus } from '#shared/domain/evaluation';
import type { ImplementationStatus } from '#shared/domain/types';

import type { StoredItem } from '../../db/database';
import { t } from '../../i18n';
import { useEvaluationCommands } from './evaluation-commands';
import { ScoringListHead } from './ScoringListHead';
import { StatusButtons } from './StatusButtons';
import { STATUS_KEYS, useKeyboardScoring } from './use-keyboard-scoring';
import { useSavedWrites } from './use-saved-writes';

/** `inputs`: the unit's cells (a status stored as its level); `inspector`: who the changes are recorded for. */
type Props = { evaluationId: string; unitId: string; items: StoredItem[]; inputs: EvaluationInput[]; inspector: string };
/** A measure's cell as this view reads it: its status (undefined for a value no status is stored as) and note. */
type Cell = { status: ImplementationStatus | undefined; note: string };
type Filter = 'all' | 'unscored' | 'deducted' | 'noted';

const KEY_OF = Object.fromEntries(Object.entries(STATUS_KEYS).map(([key, status]) => [status, key])) as Record<
  ImplementationStatus,
  string
>;

export function AssessmentTable({ evaluationId, unitId, items, inputs, inspector }: Props) {
  const { setChecklistStatus, clearInput, setInputNote } = useEvaluationCommands();
  const measures = useMemo(() => items.filter((item) => item.kind === 'measure'), [items]);
  const titles = useMemo(() => new Map(items.map((item) => [item.id, item.title])), [items]);
  const byItem = useMemo(
    () => new Map<string, Cell>(inputs.map((input) => [input.indicatorId, { status: valueAsStatus(input.value), note: input.note }])),
    [inputs],
  );
  // Statuses chosen (null: taken back to 未评) but not yet read back from storage: shown at once.
  const [pending, setPending] = useState<Map<string, ImplementationStatus | null>>(new Map());
  const { modal } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const { saved, clearSaved, write } = useSavedWrites();
  const container = useRef<HTMLDivElement>(null);
  const statusOf = (itemId: string) => (pending.has(itemId) ? (pending.get(itemId) ?? undefined) : byItem.get(itemId)?.status);
  const shown = useMemo(
    () =>
      measures.filter((item) => {
        const assessment = byItem.get(item.id);
        if (filter === 'unscored') return !assessment;
        if (filter === 'deducted') return assessment?.status === 'partial' || assessment?.status === 'notImplemented';
        if (filter === 'noted') return Boolean(assessment?.note);
        return true;
      }),
    [measures, byItem, filter],
  );
  const setStatus = (itemId: string, status: ImplementationStatus) => {
    setPending((current) => new Map(current).set(itemId, status));
    void write(setChecklistStatus(evaluationId, unitId, itemId, status, inspector));
  };
  const clearStatus = (itemId: string) => {
    const clear = () => {
      setPending((current) => new Map(current).set(itemId, null));
      void write(clearInput(evaluationId, unitId, itemId));
    };
    const note = byItem.get(itemId)?.note;
    if (!note) return clear();
    modal.confirm({
      title: t('改回未评？'),
      content: t('这条举措的说明“{{note}}”也会删除。', { note }),
      okText: t('改回未评'),
      cancelText: t('取消'),
      onOk: clear,
    });
  };
  const editNote = (itemId: string) => container.current?.querySelector<HTMLInputElement>(`[data-note="${itemId}"]`)?.focus();
  const keyboard = useKeyboardScoring({
    rowIds: shown.map((item) => item.id),
    isScored: (itemId) => statusOf(itemId) !== undefined,
    edit: editNote,
    status: { setStatus, clearStatus },
  });
  const scored = measures.filter((item) => statusOf(item.id) !== undefined).length;

  // Pending statuses are dropped once storage has them; the active row stays in view.
  useEffect(() => {
    setPending((current) => new Map([...current].filter(([itemId, status]) => byItem.get(itemId)?.status !== (status ?? undefined))));
  }, [byItem]);
  useEffect(() => {
    container.current?.querySelector('.scoring-active')?.scrollIntoView({ block: 'nearest' });
  }, [keyboard.active]);

  return (
    <div ref={container} tabIndex={0} onKeyDown={keyboard.onKeyDown} style={{ outline: 'none' }} data-testid="assessment-keyboard">
      <ScoringListHead<Filter>
        filter={filter}
        onFilter={setFilter}
        filters={[
          { value: 'all', label: t('全部 {{length}}', { length: measures.length }) },
          { value: 'unscored', label: t('未评 {{value}}', { value: measures.length - scored }) },
          { value: 'deducted', label: t('部分落实/未落实') },
          { value: 'noted', label: t('有说明') },
        ]}
        filterTestId="assessment-filter"
        hint={t('键盘操作：↑/↓ 移动，1 落实、2 部分落实、3 未落实、4 不适用、0 改回未评，N 下一条未评，Enter 填写说明')}
        saved={saved}
        onClearSaved={clearSaved}
        scored={scored}
        total={measures.length}
      />
      <Table<StoredItem>
        rowKey="id"
        size="small"
        dataSource={shown}
        pagination={false}
        sticky
        rowClassName={(_, index) => (index === keyboard.active ? 'scoring-active' : '')}
        onRow={(_, index) => ({
          onClick: () => keyboard.setActive(index ?? 0),
          style: index === keyboard.active ? { background: 'var(--ant-color-primary-bg)', boxShadow: 'inset 3px 0 0 #b71c1c' } : undefined,
        })}
        data-testid="assessment-table"
        columns={[
          { title: t('序号'), width: 60, render: (_, item, index) => item.number || index + 1 },
          {
            title: t('改革举措'),
            render: (_, item) => (
              <>
                {item.parentId && <Typography.Text type="secondary">{titles.get(item.parentId)} · </Typography.Text>}
                <Typography.Paragraph style={{ margin: 0, display: 'inline' }} ellipsis={{ rows: 2, expandable: true }}>
                  {item.text || item.title}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            title: t('落实情况（键 1–4，0 改回未评）'),
            width: 420,
            render: (_, item) => (
              <StatusButtons
                value={statusOf(item.id)}
                onChange={(status) => setStatus(item.id, status)}
                onClear={() => clearStatus(item.id)}
                keyOf={KEY_OF}
                testId={`status-${item.number || item.id}`}
              />
            ),
          },
          {
            title: t('说明'),
            width: 220,
            render: (_, item) => {
              const assessment = byItem.get(item.id);
              return (
                <Input
                  size="small"
                  key={`${unitId}-${item.id}-${assessment ? 'scored' : 'unscored'}`}
                  disabled={!assessment}
                  placeholder={assessment ? t('问题或佐证说明') : t('先选择落实情况')}
                  defaultValue={assessment?.note ?? ''}
                  data-note={item.id}
                  onBlur={(event) => void write(setInputNote(inputIdFor(evaluationId, unitId, item.id), event.target.value, inspector))}
                  onKeyDown={(event) => event.key === 'Enter' && (event.currentTarget.blur(), container.current?.focus())}
                />
              );
            },
          },
        ]}
      />
    </div>
  );
}
