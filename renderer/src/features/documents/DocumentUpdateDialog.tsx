// A new version of a stored document: what changed (items changed, added, removed), and the choice
// to apply it as an update (assessments of remaining items kept), import it as a new document, or
// cancel. Removing items that hold assessments is asked first.
import { Alert, App, Button, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';

import type { ChecklistItem } from '#shared/domain/types';
import type { ChangedField, ChecklistDiff } from '#shared/import/checklist-diff';

import { describeError } from '../../app/describe-error';
import { t } from '../../i18n';
import { applyReimport } from '../../services/import-service';
import { useDocumentUpdate } from '../../stores/document-update-store';
import { useImportReview } from '../../stores/import-review-store';
import { useUiStore } from '../../stores/ui-store';
import { KindTag } from '../checklist/KindTag';

const FIELD_LABELS: Record<ChangedField, () => string> = {
  kind: () => t('类型'),
  number: () => t('编号'),
  text: () => t('内容'),
  owners: () => t('责任单位'),
  deadline: () => t('完成时限'),
};

const units = (item: ChecklistItem) => [...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits].join('、') || '—';

/** One side of a changed item: the fields that changed, as the file states them. */
function ItemSide({ item, fields }: { item: ChecklistItem; fields: readonly ChangedField[] }) {
  return (
    <Space direction="vertical" size={2}>
      <Typography.Text>{item.text || item.title}</Typography.Text>
      {fields.includes('owners') && <Typography.Text type="secondary">{t('责任单位：{{units}}', { units: units(item) })}</Typography.Text>}
      {fields.includes('deadline') && (
        <Typography.Text type="secondary">{t('完成时限：{{deadline}}', { deadline: item.deadline?.text ?? '—' })}</Typography.Text>
      )}
    </Space>
  );
}

function ItemList({ items, testId }: { items: readonly ChecklistItem[]; testId: string }) {
  return (
    <Table<ChecklistItem>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...items]}
      data-testid={testId}
      columns={[
        { title: t('编号'), dataIndex: 'number', width: 70 },
        { title: t('类型'), dataIndex: 'kind', width: 100, render: (kind: ChecklistItem['kind']) => <KindTag kind={kind} /> },
        { title: t('内容'), render: (_, item) => item.text || item.title },
        { title: t('责任单位'), width: 200, render: (_, item) => units(item) },
        { title: t('完成时限'), width: 130, render: (_, item) => item.deadline?.text ?? '—' },
      ]}
    />
  );
}

function DiffTabs({ diff }: { diff: ChecklistDiff }) {
  const changed = (
    <Table
      size="small"
      rowKey={(change) => change.before.id}
      pagination={false}
      dataSource={diff.changed}
      data-testid="update-changed"
      columns={[
        { title: t('编号'), width: 70, render: (_, change) => change.after.number || change.before.number },
        {
          title: t('变化'),
          width: 110,
          render: (_, change) => change.fields.map((field) => <Tag key={field}>{FIELD_LABELS[field]()}</Tag>),
        },
        { title: t('原版本'), render: (_, change) => <ItemSide item={change.before} fields={change.fields} /> },
        { title: t('新版本'), render: (_, change) => <ItemSide item={change.after} fields={change.fields} /> },
      ]}
    />
  );
  return (
    <Tabs
      items={[
        { key: 'changed', label: t('修改 {{count}}', { count: diff.changed.length }), children: changed },
        {
          key: 'added',
          label: t('新增 {{count}}', { count: diff.added.length }),
          children: <ItemList items={diff.added} testId="update-added" />,
        },
        {
          key: 'removed',
          label: t('删除 {{count}}', { count: diff.removed.length }),
          children: <ItemList items={diff.removed} testId="update-removed" />,
        },
      ]}
    />
  );
}

export function DocumentUpdateDialog() {
  const { modal, message } = App.useApp();
  const pending = useDocumentUpdate((state) => state.pending);
  const dismiss = useDocumentUpdate((state) => state.dismiss);
  const openReview = useImportReview((state) => state.open);
  const showPage = useUiStore((state) => state.showPage);
  const [applying, setApplying] = useState(false);
  if (!pending) return null;
  const { parsed, update } = pending;
  const { diff, dropped, target } = update;
  const apply = async () => {
    if (dropped.assessments > 0) {
      const confirmed = await modal.confirm({
        title: t('删除已有评定的条目？'),
        content: t(
          '新版本删去的条目上有 {{units}} 个单位的评定（共 {{assessments}} 条），应用更新会一并删除；其余条目的评定保留。更新前会自动备份。',
          dropped,
        ),
        okText: t('应用更新'),
        okButtonProps: { danger: true, 'data-testid': 'confirm-update' },
        cancelText: t('取消'),
      });
      if (!confirmed) return;
    }
    setApplying(true);
    try {
      await applyReimport(parsed, update, true);
      dismiss();
      void message.success(
        t('已更新“{{title}}”：修改 {{changed}} 条，新增 {{added}} 条，删除 {{removed}} 条', {
          title: target.title,
          changed: diff.changed.length,
          added: diff.added.length,
          removed: diff.removed.length,
        }),
      );
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setApplying(false);
    }
  };
  const importAsNew = () => {
    dismiss();
    openReview(parsed);
    showPage('importReview');
  };
  return (
    <Modal
      open
      width="min(1100px, calc(100vw - 48px))"
      style={{ top: 24 }}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}
      title={t('“{{fileName}}”是已导入文件的新版本', { fileName: parsed.fileName })}
      onCancel={dismiss}
      footer={[
        <Button key="cancel" onClick={dismiss}>
          {t('取消')}
        </Button>,
        <Button key="new" onClick={importAsNew} data-testid="import-as-new">
          {t('作为新文件导入')}
        </Button>,
        <Button key="apply" type="primary" loading={applying} onClick={() => void apply()} data-testid="apply-update">
          {t('应用更新')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="document-update">
        <Typography.Text data-testid="update-summary">
          {t('与已导入的“{{title}}”相比：未变 {{unchanged}} 条，修改 {{changed}} 条，新增 {{added}} 条，删除 {{removed}} 条。', {
            title: target.title,
            unchanged: diff.unchanged.length,
            changed: diff.changed.length,
            added: diff.added.length,
            removed: diff.removed.length,
          })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('应用更新后，未变和修改的条目保留已有评定；新增条目待评。')}</Typography.Text>
        {dropped.assessments > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('删除的条目上有 {{units}} 个单位的评定（共 {{assessments}} 条），应用更新时会先询问。', dropped)}
          />
        )}
        <DiffTabs diff={diff} />
      </Space>
    </Modal>
  );
}
