// 指标体系: import a 评分细则, see its indicators and parsed rules, edit, add, move, delete.
import { Alert, App, Button, Empty, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';

import type { Indicator } from '#shared/domain/indicator-system';
import { formatHundredths } from '#shared/numbers/exact';
import { addIndicator, moveIndicator, removeIndicator, updateIndicator } from '#shared/rubric/edit-indicators';
import { ruleState } from '#shared/rules/rule-review';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { useIndicatorSystem, useIndicatorSystems } from '../../db/hooks';
import { t } from '../../i18n';
import { ruleKindLabels } from '../../i18n/domain-labels';
import { importRubricFromFile } from '../../services/rubric-import-service';
import { useUiStore } from '../../stores/ui-store';
import { useIndicatorSystemCommands } from './indicator-system-commands';
import { IndicatorEditor } from './IndicatorEditor';
import { useRubricView } from './rubric-view-store';
import { RuleEditor } from './rule-editor/RuleEditor';
import { describeSource } from './rule-summary';
import { RuleCell } from './RuleCell';

type Row = Indicator & { children?: Row[] };

const ROLE_TAGS: Record<Indicator['role'], [() => string, string]> = {
  category: [() => t('类别'), 'default'],
  group: [() => t('指标组'), 'default'],
  indicator: [() => t('指标'), 'blue'],
  bonus: [() => t('加分项'), 'green'],
  penalty: [() => t('减分项'), 'red'],
};

/** The tree of rows; with `only`, just the indicators it keeps and their ancestors. */
function toTree(all: Indicator[], only?: (indicator: Indicator) => boolean): Row[] {
  const kept = new Set<string>();
  if (only) {
    const byId = new Map(all.map((indicator) => [indicator.id, indicator]));
    for (const indicator of all.filter(only))
      for (let at: Indicator | undefined = indicator; at && !kept.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined)
        kept.add(at.id);
  }
  const indicators = only ? all.filter((indicator) => kept.has(indicator.id)) : all;
  const rows = new Map<string, Row>(indicators.map((indicator) => [indicator.id, { ...indicator }]));
  const roots: Row[] = [];
  for (const indicator of indicators) {
    const row = rows.get(indicator.id)!;
    const parent = indicator.parentId ? rows.get(indicator.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

export function RubricPage() {
  const { updateIndicators, deleteIndicatorSystem } = useIndicatorSystemCommands();
  const systems = useIndicatorSystems();
  const selected = useUiStore((state) => state.systemId);
  const openSystem = useUiStore((state) => state.openSystem);
  const systemId = selected ?? systems?.[0]?.id ?? null;
  const system = useIndicatorSystem(systemId);
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [ruleEditing, setRuleEditing] = useState<Indicator | null>(null);
  const onlyToReview = useRubricView((state) => state.onlyToReview);
  const setOnlyToReview = useRubricView((state) => state.setOnlyToReview);
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();
  const tree = useMemo(
    () => toTree(system?.indicators ?? [], onlyToReview ? (indicator) => ruleState(indicator) === 'review' : undefined),
    [system, onlyToReview],
  );
  const toReview = useMemo(() => (system?.indicators ?? []).filter((indicator) => ruleState(indicator) === 'review').length, [system]);
  const warnings = useMemo(() => (system?.indicators ?? []).flatMap((indicator) => indicator.warnings), [system]);
  const total = useMemo(
    () =>
      (system?.indicators ?? [])
        .filter((indicator) => indicator.role === 'category')
        .reduce((sum, category) => sum + category.maxPoints, 0),
    [system],
  );

  const save = (next: Indicator[]) => system && run(() => updateIndicators(system.id, next));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('指标体系')}
        beside={
          systems &&
          systems.length > 0 && (
            <Select
              style={{ width: 380 }}
              value={systemId}
              onChange={openSystem}
              options={systems.map((entry) => ({ value: entry.id, label: entry.title }))}
            />
          )
        }
      >
        <Space>
          {system && (
            <Popconfirm
              title={t('删除该指标体系及其评价数据？')}
              okText={t('删除')}
              cancelText={t('取消')}
              onConfirm={() => void run(() => deleteIndicatorSystem(system.id))}
            >
              <Button danger>{t('删除')}</Button>
            </Popconfirm>
          )}
          <Button
            type="primary"
            data-testid="import-rubric"
            onClick={() =>
              void run(async () => {
                const stored = await importRubricFromFile();
                if (stored) {
                  openSystem(stored.id);
                  message.success(t('已导入“{{title}}”', { title: stored.title }));
                }
              })
            }
          >
            {t('导入评分细则')}
          </Button>
        </Space>
      </PageHeader>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} data-testid="rubric-error" />}
      {!system ? (
        <Empty description={t('尚未导入评分细则。支持 Excel（合并单元格）、Word 表格和文本。')} />
      ) : (
        <>
          <Typography.Text data-testid="rubric-summary">
            {t('{{title}} · 基础分合计 {{formatHundredths}} 分 · {{length}} 项计分指标', {
              title: system.title,
              formatHundredths: formatHundredths(total),
              length: system.indicators.filter((indicator) => indicator.rule).length,
            })}
          </Typography.Text>
          {warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message={t('有 {{length}} 处需要核对', { length: warnings.length })}
              description={warnings.join('；')}
            />
          )}
          <Space>
            <Switch checked={onlyToReview} onChange={setOnlyToReview} data-testid="only-to-review" />
            <span>{t('只看待核对（{{count}} 项）', { count: toReview })}</span>
          </Space>
          <Table<Row>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={tree}
            expandable={{ defaultExpandAllRows: true }}
            data-testid="indicator-table"
            columns={[
              {
                title: t('名称'),
                dataIndex: 'name',
                width: 220,
                render: (name: string, row) => <span style={{ fontWeight: row.rule ? 400 : 600 }}>{name}</span>,
              },
              {
                title: t('类型'),
                dataIndex: 'role',
                width: 80,
                render: (role: Indicator['role']) => <Tag color={ROLE_TAGS[role][1]}>{ROLE_TAGS[role][0]()}</Tag>,
              },
              {
                title: t('分值'),
                dataIndex: 'maxPoints',
                width: 80,
                align: 'right',
                render: (points: number, row) =>
                  `${row.role === 'penalty' ? '−' : ''}${formatHundredths(points)}${row.capped ? t('（封顶）') : ''}`,
              },
              { title: t('评分标准与复述'), render: (_, row) => <RuleCell indicator={row} /> },
              { title: t('数据来源'), width: 130, render: (_, row) => describeSource(row.dataSource) },
              {
                title: t('操作'),
                width: 250,
                render: (_, row) => (
                  <Space size="small">
                    <a onClick={() => setEditing(row)}>{t('编辑')}</a>
                    {row.rule && (
                      <a onClick={() => setRuleEditing(row)} data-testid={`edit-rule-${row.name}`}>
                        {t('规则')}
                      </a>
                    )}
                    <a onClick={() => save(moveIndicator(system.indicators, row.id, -1))}>{t('上移')}</a>
                    <a onClick={() => save(moveIndicator(system.indicators, row.id, 1))}>{t('下移')}</a>
                    {row.role !== 'indicator' && row.role !== 'bonus' && row.role !== 'penalty' && (
                      <a onClick={() => save(addIndicator(system.indicators, row.id, t('新指标'), 100, t('由评价组评分')))}>
                        {t('添加指标')}
                      </a>
                    )}
                    <Popconfirm
                      title={t('删除“{{name}}”？', { name: row.name })}
                      okText={t('删除')}
                      cancelText={t('取消')}
                      onConfirm={() => save(removeIndicator(system.indicators, row.id))}
                    >
                      <a>{t('删除')}</a>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">
            {t('规则类型：{{join}}。无法识别的评分标准按人工评分处理并标注“待核对”。', {
              join: Object.values(ruleKindLabels()).join(t('、')),
            })}
          </Typography.Text>
        </>
      )}
      {ruleEditing && system && (
        <RuleEditor
          indicator={ruleEditing}
          onCancel={() => setRuleEditing(null)}
          onSave={(corrected) => {
            setRuleEditing(null);
            void save(system.indicators.map((indicator) => (indicator.id === corrected.id ? corrected : indicator)));
          }}
        />
      )}
      {editing && system && (
        <IndicatorEditor
          indicator={editing}
          onCancel={() => setEditing(null)}
          onSave={(patch) => {
            setEditing(null);
            void save(updateIndicator(system.indicators, editing.id, patch));
          }}
        />
      )}
    </Space>
  );
}
