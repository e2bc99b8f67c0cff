// Imported policy documents: import a file (parsed, then reviewed before saving), open its checklist, delete it.
import { Alert, Button, Space, Table, Typography } from 'antd';

import { PageHeader } from '../../app/PageHeader';
import type { StoredDocument } from '../../db/database';
import { useDocuments } from '../../db/hooks';
import { t } from '../../i18n';
import { useImportReview } from '../../stores/import-review-store';
import { useUiStore } from '../../stores/ui-store';
import { DocumentUpdateDialog } from './DocumentUpdateDialog';
import { useDeleteDocument } from './use-delete-document';
import { useImportFile } from './use-import-file';

export function DocumentsPage() {
  const documents = useDocuments();
  const openDocument = useUiStore((state) => state.openDocument);
  const showPage = useUiStore((state) => state.showPage);
  const pendingReview = useImportReview((state) => state.result);
  const { start, reading, error, clearError } = useImportFile();
  const remove = useDeleteDocument();

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title={t('政策文件')}>
        <Button type="primary" data-testid="import-button" loading={reading} onClick={() => void start()}>
          {t('导入文件')}
        </Button>
      </PageHeader>
      <Typography.Text type="secondary">
        {t(
          '支持 .txt（UTF-8、GB18030/GBK）、.docx、Excel 任务清单和带文字层的 PDF，也可直接把文件拖到窗口中。导入时自动识别文号、发文机关、章节、重点任务和改革举措，核对无误后再保存。',
        )}
      </Typography.Text>
      {pendingReview && (
        <Alert
          type="warning"
          showIcon
          message={t('“{{fileName}}”已识别但尚未保存', { fileName: pendingReview.fileName })}
          action={
            <Button size="small" onClick={() => showPage('importReview')}>
              {t('继续核对')}
            </Button>
          }
        />
      )}
      <DocumentUpdateDialog />
      {error && (
        <Alert type="error" showIcon message={t('导入失败')} description={error} closable onClose={clearError} data-testid="import-error" />
      )}
      <Table<StoredDocument>
        rowKey="id"
        loading={documents === undefined}
        dataSource={documents ?? []}
        pagination={false}
        locale={{ emptyText: t('尚未导入文件。点击“导入文件”选择一份政策文件。') }}
        columns={[
          {
            title: t('标题'),
            dataIndex: 'title',
            render: (title: string, record) => <a onClick={() => openDocument(record.id)}>{title}</a>,
          },
          { title: t('文号'), dataIndex: 'docNumber', width: 160, render: (value: string | null) => value ?? '—' },
          { title: t('发文机关'), dataIndex: 'issuer', width: 180, render: (value: string | null) => value ?? '—' },
          { title: t('成文日期'), dataIndex: 'issuedOn', width: 110, render: (value: string | null) => value ?? '—' },
          { title: t('条目'), dataIndex: 'itemCount', width: 70 },
          {
            title: t('操作'),
            width: 150,
            render: (_, record) => (
              <Space>
                <a onClick={() => openDocument(record.id)}>{t('查看清单')}</a>
                <a onClick={() => void remove(record)} data-testid="delete-document">
                  {t('删除')}
                </a>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
