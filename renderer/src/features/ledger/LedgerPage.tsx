// 整改台账: every rectification with filters, inline status, every field editable with its history,
// dated progress, 销号; a unit's feedback sheet out and back, and its ledger as a package.
import { Alert, App, Button, Input, InputNumber, Modal, Popconfirm, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';

import type { Rectification, RectificationStatus } from '#shared/domain/rectification';
import type { ProgressUpdate } from '#shared/exchange/progress-feedback';
import { isOverdue } from '#shared/rectification/ledger';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { useRectifications } from '../../db/hooks';
import { t } from '../../i18n';
import { rectificationStatusLabels } from '../../i18n/domain-labels';
import { exportLedgerWorkbook } from '../../services/export-service';
import { applyFeedbackSheet, exportFeedbackSheet, exportLedgerPackage, readFeedbackSheet } from '../../services/ledger-service';
import { useReportSettings } from '../../stores/report-settings-store';
import { useUiStore } from '../../stores/ui-store';
import { useLedgerCommands } from './ledger-data';
import { LedgerCharts } from './LedgerCharts';
import { RectificationEditor } from './RectificationEditor';
import { RectificationHistory } from './RectificationHistory';

const STATUS_COLORS: Record<RectificationStatus, string> = {
  notStarted: 'default',
  inProgress: 'processing',
  done: 'success',
  closed: 'purple',
};

export function LedgerPage() {
  const { addProgress, closeRectification, editLedgerItem } = useLedgerCommands();
  const rectifications = useRectifications();
  const inspector = useUiStore((state) => state.inspector) || t('牵头单位');
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();
  const [unitFilter, setUnitFilter] = useState<string | undefined>();
  const [statusFilter, setStatusFilter] = useState<RectificationStatus | undefined>();
  const [ownerFilter, setOwnerFilter] = useState<string | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [view, setView] = useState<'table' | 'charts'>('table');
  const [editing, setEditing] = useState<Rectification | null>(null);
  const { deadlineDays, setDeadlineDays } = useReportSettings();
  const [feedback, setFeedback] = useState<{ fileName: string; updates: ProgressUpdate[]; problems: string[] } | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const units = useMemo(() => [...new Map((rectifications ?? []).map((item) => [item.unitId, item.unitName])).entries()], [rectifications]);
  const owners = useMemo(
    () => [...new Set((rectifications ?? []).flatMap((item) => item.responsibleUnits))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [rectifications],
  );
  const rows = useMemo(
    () =>
      (rectifications ?? []).filter(
        (item) =>
          (!unitFilter || item.unitId === unitFilter) &&
          (!statusFilter || item.status === statusFilter) &&
          (!ownerFilter || item.responsibleUnits.includes(ownerFilter)) &&
          (!overdueOnly || isOverdue(item, today)),
      ),
    [rectifications, unitFilter, statusFilter, ownerFilter, overdueOnly, today],
  );
  const unitName = units.find(([id]) => id === unitFilter)?.[1] ?? '';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('整改台账')}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('全部单位')}
            style={{ width: 160 }}
            value={unitFilter}
            onChange={setUnitFilter}
            options={units.map(([value, label]) => ({ value, label }))}
            data-testid="ledger-unit"
          />
          <Select
            allowClear
            placeholder={t('全部状态')}
            style={{ width: 120 }}
            value={statusFilter}
            onChange={setStatusFilter}
            options={Object.entries(rectificationStatusLabels()).map(([value, label]) => ({ value: value as RectificationStatus, label }))}
          />
          <Select
            allowClear
            showSearch
            placeholder={t('全部责任单位')}
            style={{ width: 180 }}
            value={ownerFilter}
            onChange={setOwnerFilter}
            options={owners.map((owner) => ({ value: owner, label: owner }))}
            data-testid="ledger-owner"
          />
          <Space>
            <Switch checked={overdueOnly} onChange={setOverdueOnly} /> {t('只看逾期')}
          </Space>
          <InputNumber
            min={1}
            max={3650}
            precision={0}
            style={{ width: 250 }}
            addonBefore={t('新问题时限：发现后')}
            addonAfter={t('天')}
            value={deadlineDays}
            onChange={(days) => days !== null && Number.isInteger(days) && setDeadlineDays(days)}
            data-testid="deadline-days"
          />
          <Button
            type="primary"
            disabled={rows.length === 0}
            onClick={() => void run(async () => (await exportLedgerWorkbook(rows)) && message.success(t('整改台账已导出')))}
            data-testid="export-ledger"
          >
            {t('导出台账（Excel）')}
          </Button>
          <Button
            disabled={!unitFilter}
            onClick={() => void run(async () => (await exportFeedbackSheet(unitFilter!, unitName)) && message.success(t('反馈表已导出')))}
            data-testid="export-feedback"
          >
            {t('导出进展反馈表')}
          </Button>
          <Button
            disabled={!unitFilter}
            onClick={() => void run(async () => setFeedback(await readFeedbackSheet(unitFilter!)))}
            data-testid="import-feedback"
          >
            {t('导入进展反馈表')}
          </Button>
          <Button
            disabled={!unitFilter}
            onClick={() =>
              void run(async () => (await exportLedgerPackage(unitFilter!, unitName, inspector)) && message.success(t('台账包已导出')))
            }
          >
            {t('导出台账包')}
          </Button>
        </Space>
      </PageHeader>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      <Segmented
        value={view}
        onChange={setView}
        options={[
          { value: 'table', label: t('台账（{{count}} 项）', { count: rows.length }) },
          { value: 'charts', label: t('图表') },
        ]}
        data-testid="ledger-view"
      />
      {view === 'charts' && <LedgerCharts rectifications={rows} />}
      {view === 'table' && (
        <Table<Rectification>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 20 }}
          locale={{
            emptyText: t('台账为空。在“评价批次”的清单视图中点“生成整改台账”，或在逐单位评分中点“发现问题”，把发现的问题转入台账。'),
          }}
          data-testid="ledger-table"
          expandable={{ expandedRowRender: (item) => <RectificationHistory rectification={item} /> }}
          columns={[
            { title: t('单位'), dataIndex: 'unitName', width: 90 },
            {
              title: t('问题描述'),
              dataIndex: 'problem',
              render: (text: string) => (
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>
                  {text}
                </Typography.Paragraph>
              ),
            },
            { title: t('责任单位'), width: 160, render: (_, item) => item.responsibleUnits.join('、') },
            {
              title: t('完成时限'),
              width: 120,
              render: (_, item) => (
                <Space direction="vertical" size={0}>
                  {item.deadline?.text ?? '—'}
                  {isOverdue(item, today) && <Tag color="red">{t('逾期')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('状态'),
              width: 140,
              render: (_, item) =>
                item.status === 'closed' ? (
                  <Tag color={STATUS_COLORS.closed}>{t('已销号 {{closedOn}}', { closedOn: item.closedOn })}</Tag>
                ) : (
                  <Select<RectificationStatus>
                    size="small"
                    value={item.status}
                    style={{ width: 120 }}
                    onChange={(status) => void run(() => addProgress(item.id, { date: today, note: '', by: inspector, status }))}
                    options={(['notStarted', 'inProgress', 'done'] as RectificationStatus[]).map((value) => ({
                      value,
                      label: rectificationStatusLabels()[value],
                    }))}
                    data-testid={`status-${item.id}`}
                  />
                ),
            },
            {
              title: t('进展 / 销号'),
              width: 300,
              render: (_, item) =>
                item.status === 'closed' ? (
                  t('核实人：{{closedBy}}', { closedBy: item.closedBy })
                ) : (
                  <Space>
                    <Button size="small" onClick={() => setEditing(item)} data-testid={`edit-${item.id}`}>
                      {t('编辑')}
                    </Button>
                    <Input.Search
                      size="small"
                      placeholder={t('新进展，回车保存')}
                      enterButton={t('记录')}
                      onSearch={(note) => note.trim() && void run(() => addProgress(item.id, { date: today, note, by: inspector }))}
                    />
                    {item.status === 'done' && (
                      <Popconfirm
                        title={t('核实后销号（核实人：{{inspector}}）？', { inspector: inspector })}
                        okText={t('销号')}
                        cancelText={t('取消')}
                        onConfirm={() => void run(() => closeRectification(item.id, today, inspector))}
                      >
                        <Button size="small">{t('销号')}</Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      )}
      {editing && (
        <RectificationEditor
          rectification={editing}
          owners={owners}
          onCancel={() => setEditing(null)}
          onSave={(changes) =>
            void run(async () => {
              await editLedgerItem(editing.id, changes, inspector);
              setEditing(null);
            })
          }
        />
      )}
      {feedback && (
        <Modal
          open
          title={t('导入进展反馈表：{{fileName}}', { fileName: feedback.fileName })}
          okText={t('应用 {{length}} 条进展', { length: feedback.updates.length })}
          cancelText={t('取消')}
          okButtonProps={{ disabled: feedback.updates.length === 0, id: 'apply-feedback' }}
          onCancel={() => setFeedback(null)}
          onOk={() =>
            void run(async () => {
              const applied = await applyFeedbackSheet(feedback.updates, t('{{unitName}}（反馈表）', { unitName: unitName }));
              setFeedback(null);
              message.success(t('已更新 {{applied}} 条整改进展', { applied: applied }));
            })
          }
        >
          {feedback.problems.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              message={t('发现 {{length}} 处问题，这些行不会导入', { length: feedback.problems.length })}
              description={feedback.problems.join('；')}
              data-testid="feedback-problems"
            />
          ) : (
            <Alert type="success" showIcon message={t('所有填写的行均通过校验。')} />
          )}
        </Modal>
      )}
    </Space>
  );
}
