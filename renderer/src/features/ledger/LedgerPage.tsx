// 整改台账: every rectification with filters, inline status, dated progress, 销号; a unit's
// feedback sheet out and back, and its ledger as a package.
import { Alert, App, Button, Input, List, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { RECTIFICATION_STATUS_LABELS, type Rectification, type RectificationStatus } from '../../../../shared/domain/rectification';
import type { ProgressUpdate } from '../../../../shared/exchange/progress-feedback';
import { isOverdue } from '../../../../shared/rectification/ledger';
import { useGuardedAction } from '../../app/use-guarded-action';
import { db } from '../../db/connection';
import { useRectifications } from '../../db/hooks';
import { addProgress, closeRectification } from '../../db/ledger-repository';
import { applyFeedbackSheet, exportFeedbackSheet, exportLedgerPackage, readFeedbackSheet } from '../../services/ledger-service';
import { exportLedgerWorkbook } from '../../services/export-service';
import { useUiStore } from '../../stores/ui-store';

const STATUS_COLORS: Record<RectificationStatus, string> = { notStarted: 'default', inProgress: 'processing', done: 'success', closed: 'purple' };

export function LedgerPage() {
  const rectifications = useRectifications();
  const inspector = useUiStore((state) => state.inspector) || '牵头单位';
  const { error, clearError, run } = useGuardedAction();
  const { message } = App.useApp();
  const [unitFilter, setUnitFilter] = useState<string | undefined>();
  const [statusFilter, setStatusFilter] = useState<RectificationStatus | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [feedback, setFeedback] = useState<{ fileName: string; updates: ProgressUpdate[]; problems: string[] } | null>(null);
  const today = dayjs().format('YYYY-MM-DD');
  const units = useMemo(() => [...new Map((rectifications ?? []).map((item) => [item.unitId, item.unitName])).entries()], [rectifications]);
  const rows = useMemo(
    () => (rectifications ?? []).filter((item) => (!unitFilter || item.unitId === unitFilter) && (!statusFilter || item.status === statusFilter) && (!overdueOnly || isOverdue(item, today))),
    [rectifications, unitFilter, statusFilter, overdueOnly, today],
  );
  const unitName = units.find(([id]) => id === unitFilter)?.[1] ?? '';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          整改台账
        </Typography.Title>
        <Space wrap>
          <Select allowClear placeholder="全部单位" style={{ width: 160 }} value={unitFilter} onChange={setUnitFilter} options={units.map(([value, label]) => ({ value, label }))} data-testid="ledger-unit" />
          <Select allowClear placeholder="全部状态" style={{ width: 120 }} value={statusFilter} onChange={setStatusFilter} options={(Object.keys(RECTIFICATION_STATUS_LABELS) as RectificationStatus[]).map((value) => ({ value, label: RECTIFICATION_STATUS_LABELS[value] }))} />
          <Space>
            <Switch checked={overdueOnly} onChange={setOverdueOnly} /> 只看逾期
          </Space>
          <Button type="primary" disabled={rows.length === 0} onClick={() => void run(async () => (await exportLedgerWorkbook(rows)) && message.success('整改台账已导出'))} data-testid="export-ledger">
            导出台账（Excel）
          </Button>
          <Button disabled={!unitFilter} onClick={() => void run(async () => (await exportFeedbackSheet(unitFilter!, unitName)) && message.success('反馈表已导出'))} data-testid="export-feedback">
            导出进展反馈表
          </Button>
          <Button disabled={!unitFilter} onClick={() => void run(async () => setFeedback(await readFeedbackSheet(unitFilter!)))} data-testid="import-feedback">
            导入进展反馈表
          </Button>
          <Button disabled={!unitFilter} onClick={() => void run(async () => (await exportLedgerPackage(unitFilter!, unitName, inspector)) && message.success('台账包已导出'))}>
            导出台账包
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      <Table<Rectification>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: '台账为空。在“清单督查”中点“生成整改台账”，把发现的问题转入台账。' }}
        data-testid="ledger-table"
        expandable={{
          expandedRowRender: (item) => (
            <List size="small" header="整改进展" dataSource={item.progress} locale={{ emptyText: '尚无进展记录' }} renderItem={(entry) => <List.Item>{`${entry.date} ${entry.by}：${entry.note}（${RECTIFICATION_STATUS_LABELS[entry.status]}）`}</List.Item>} />
          ),
        }}
        columns={[
          { title: '单位', dataIndex: 'unitName', width: 90 },
          { title: '问题描述', dataIndex: 'problem', render: (text: string) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>{text}</Typography.Paragraph> },
          { title: '责任单位', width: 160, render: (_, item) => item.responsibleUnits.join('、') },
          {
            title: '完成时限',
            width: 120,
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                {item.deadline?.text ?? '—'}
                {isOverdue(item, today) && <Tag color="red">逾期</Tag>}
              </Space>
            ),
          },
          {
            title: '状态',
            width: 120,
            render: (_, item) =>
              item.status === 'closed' ? (
                <Tag color={STATUS_COLORS.closed}>已销号 {item.closedOn}</Tag>
              ) : (
                <Select<RectificationStatus>
                  size="small"
                  value={item.status}
                  style={{ width: 100 }}
                  onChange={(status) => void run(() => addProgress(db, item.id, { date: today, note: '', by: inspector, status }))}
                  options={(['notStarted', 'inProgress', 'done'] as RectificationStatus[]).map((value) => ({ value, label: RECTIFICATION_STATUS_LABELS[value] }))}
                  data-testid={`status-${item.id}`}
                />
              ),
          },
          {
            title: '进展 / 销号',
            width: 300,
            render: (_, item) =>
              item.status === 'closed' ? (
                `核实人：${item.closedBy}`
              ) : (
                <Space>
                  <Input.Search size="small" placeholder="新进展，回车保存" enterButton="记录" onSearch={(note) => note.trim() && void run(() => addProgress(db, item.id, { date: today, note, by: inspector }))} />
                  {item.status === 'done' && (
                    <Popconfirm title={`核实后销号（核实人：${inspector}）？`} okText="销号" cancelText="取消" onConfirm={() => void run(() => closeRectification(db, item.id, today, inspector))}>
                      <Button size="small">销号</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {feedback && (
        <Modal
          open
          title={`导入进展反馈表：${feedback.fileName}`}
          okText={`应用 ${feedback.updates.length} 条进展`}
          cancelText="取消"
          okButtonProps={{ disabled: feedback.updates.length === 0, id: 'apply-feedback' }}
          onCancel={() => setFeedback(null)}
          onOk={() =>
            void run(async () => {
              const applied = await applyFeedbackSheet(feedback.updates, `${unitName}（反馈表）`);
              setFeedback(null);
              message.success(`已更新 ${applied} 条整改进展`);
            })
          }
        >
          {feedback.problems.length > 0 ? <Alert type="warning" showIcon message={`发现 ${feedback.problems.length} 处问题，这些行不会导入`} description={feedback.problems.join('；')} data-testid="feedback-problems" /> : <Alert type="success" showIcon message="所有填写的行均通过校验。" />}
        </Modal>
      )}
    </Space>
  );
}
