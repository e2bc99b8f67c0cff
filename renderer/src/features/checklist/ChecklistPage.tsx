// One document's checklist: metadata and the tree of sections, tasks and measures with owners;
// a row opens the text it was read from, with the item's corrections (edit, split, merge, drop).
import { Alert, Button, Descriptions, Drawer, Empty, Select, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';

import { countKinds } from '#shared/import/count-kinds';

import { PageHeader } from '../../app/PageHeader';
import { useGuardedAction } from '../../app/use-guarded-action';
import { useDocument, useDocuments, useItems } from '../../db/hooks';
import { t } from '../../i18n';
import { exportChecklistWorkbook } from '../../services/export-service';
import { useUiStore } from '../../stores/ui-store';
import { type ChecklistRow, toChecklistTree } from './checklist-tree';
import { ChecklistTree } from './ChecklistTree';
import { ItemActions } from './ItemActions';
import { PlanFindingsTable } from './PlanFindingsTable';
import { SourceExcerpt } from './SourceExcerpt';

export function ChecklistPage() {
  const documents = useDocuments();
  const documentId = useUiStore((state) => state.documentId) ?? documents?.[0]?.id ?? null;
  const openDocument = useUiStore((state) => state.openDocument);
  const document = useDocument(documentId);
  const items = useItems(documentId);
  const { error, clearError, run } = useGuardedAction();
  const [openId, setOpenId] = useState<string | null>(null);
  const sourceOf = useMemo(() => items?.find((item) => item.id === openId) ?? null, [items, openId]);
  const openRow = (row: ChecklistRow) => setOpenId(row.id);
  const tree = useMemo(() => toChecklistTree(items ?? []), [items]);
  const counts = useMemo(() => countKinds(items ?? []), [items]);

  if (documents !== undefined && documents.length === 0) return <Empty description={t('尚未导入文件，请先在“政策文件”中导入。')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('任务清单')}>
        <Space>
          <Select
            style={{ width: 420 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={documentId}
            onChange={openDocument}
            data-testid="checklist-document"
            options={(documents ?? []).map((doc) => ({ value: doc.id, label: doc.title }))}
          />
          <Button
            disabled={!documentId}
            onClick={() => documentId && void run(() => exportChecklistWorkbook(documentId))}
            data-testid="export-checklist"
          >
            {t('导出任务清单（Excel）')}
          </Button>
        </Space>
      </PageHeader>
      {error && <Alert type="error" showIcon message={error} closable onClose={clearError} />}
      {document && (
        <Descriptions size="small" bordered column={3} data-testid="document-metadata">
          <Descriptions.Item label={t('标题')} span={3}>
            {document.title}
          </Descriptions.Item>
          <Descriptions.Item label={t('文号')}>{document.docNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('发文机关')}>{document.issuer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('成文日期')}>{document.issuedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('条目')} span={3}>
            <span data-testid="item-counts">
              {t('章节 {{section}} · 重点任务 {{task}} · 改革举措 {{measure}}', {
                section: counts.section,
                task: counts.task,
                measure: counts.measure,
              })}
            </span>
          </Descriptions.Item>
        </Descriptions>
      )}
      {(document?.findings?.length ?? 0) > 0 && <PlanFindingsTable findings={document!.findings} />}
      {items === undefined ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <ChecklistTree tree={tree} onRowClick={openRow} onOpen={openRow} testId="checklist-table" />
      )}
      <Drawer
        open={sourceOf !== null}
        onClose={() => setOpenId(null)}
        title={sourceOf ? `${sourceOf.number ? `${sourceOf.number} ` : ''}${sourceOf.title}` : ''}
        size={480}
      >
        {sourceOf && documentId && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <ItemActions
              documentId={documentId}
              item={sourceOf}
              year={document?.issuedOn ? Number(document.issuedOn.slice(0, 4)) : null}
              onGone={() => setOpenId(null)}
            />
            <SourceExcerpt item={sourceOf} />
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
