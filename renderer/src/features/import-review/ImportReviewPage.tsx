// Review before saving: the parsed tree with owners and deadlines, counts, warnings and the
// source beside each item. The reviewer edits, merges, splits, moves or drops items, leaves
// documents out, then saves — nothing is stored before that.
import { Alert, App, Button, Checkbox, Descriptions, Empty, Popconfirm, Progress, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';

import type { ChecklistItem } from '#shared/domain/types';
import { countKinds } from '#shared/import/count-kinds';
import {
  indentItem,
  type ItemPatch,
  mergeIntoPrevious,
  moveItem,
  outdentItem,
  removeItem,
  splitItem,
  updateItem,
} from '#shared/import/edit-checklist';
import { type ImportWarning, importWarnings } from '#shared/import/import-warnings';

import { describeError } from '../../app/describe-error';
import { PageHeader } from '../../app/PageHeader';
import { t } from '../../i18n';
import { describeImport, saveReviewedImport } from '../../services/import-service';
import { useImportReview } from '../../stores/import-review-store';
import { useUiStore } from '../../stores/ui-store';
import { toChecklistTree } from '../checklist/checklist-tree';
import { ChecklistTree } from '../checklist/ChecklistTree';
import { SourceExcerpt } from '../checklist/SourceExcerpt';
import { ItemEditor } from './ItemEditor';
import { ReviewWarnings } from './ReviewWarnings';
import { SplitDialog } from './SplitDialog';

export function ImportReviewPage() {
  const { result, current, excluded, selectedId, undoStack, showDocument, select, setIncluded, editItems, editDocument, undo, close } =
    useImportReview();
  const openDocument = useUiStore((state) => state.openDocument);
  const showPage = useUiStore((state) => state.showPage);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ChecklistItem | null>(null);
  const [splitting, setSplitting] = useState<ChecklistItem | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unparsedShown, setUnparsedShown] = useState<ImportWarning | null>(null);
  const document = result?.documents[current];
  const tree = useMemo(() => toChecklistTree(document?.items ?? []), [document]);
  const warnings = useMemo(() => (document ? importWarnings(document) : []), [document]);
  const inferred = new Set(warnings.filter((warning) => warning.kind === 'inferred').map((warning) => warning.itemId)).size;
  const selected = document?.items.find((item) => item.id === selectedId) ?? null;

  if (!result || !document) {
    return <Empty description={t('没有待核对的导入。请在“政策文件”中导入文件。')} />;
  }
  const year = document.issuedOn ? Number(document.issuedOn.slice(0, 4)) : null;
  const counts = countKinds(document.items);
  const included = result.documents.filter((candidate) => !excluded.includes(candidate.id));

  /** Applies an edit; one that cannot apply is explained, the draft left as it was. */
  const apply = (edit: (items: ChecklistItem[]) => ChecklistItem[]) => {
    try {
      editItems(edit);
    } catch (caught) {
      void message.warning(describeError(caught));
    }
  };
  const choose = (row: ChecklistItem) => {
    select(row.id);
    setUnparsedShown(null);
  };
  const chooseWarning = (warning: ImportWarning) => {
    select(warning.itemId);
    setUnparsedShown(warning.itemId === null ? warning : null);
  };
  const save = async () => {
    setError(null);
    setProgress(0);
    try {
      const imported = await saveReviewedImport(result, excluded, (written, total) => setProgress(Math.round((100 * written) / total)));
      const first = imported.documents[0]!;
      void message.success(describeImport(first.fileName, imported), imported.rubrics.length > 0 ? 8 : 3);
      close();
      openDocument(first.id);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setProgress(null);
    }
  };
  const discard = () => {
    close();
    showPage('documents');
  };
  const action = (label: string, testId: string, edit: (items: ChecklistItem[], id: string) => ChecklistItem[], danger = false) => (
    <Button
      size="small"
      danger={danger}
      disabled={!selected}
      data-testid={testId}
      onClick={() => selected && apply((items) => edit(items, selected.id))}
    >
      {label}
    </Button>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="import-review">
      <PageHeader
        title={
          <>
            {t('核对导入结果')}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 14 }}>
              {result.fileName}
            </Typography.Text>
          </>
        }
      >
        <Space>
          <Button disabled={undoStack.length === 0} onClick={undo} data-testid="review-undo">
            {t('撤销')}
          </Button>
          <Popconfirm title={t('放弃本次导入？已做的修改不会保存。')} okText={t('放弃')} cancelText={t('继续核对')} onConfirm={discard}>
            <Button data-testid="review-discard">{t('放弃')}</Button>
          </Popconfirm>
          <Button
            type="primary"
            disabled={included.length === 0 || progress !== null}
            onClick={() => void save()}
            data-testid="review-save"
          >
            {result.documents.length > 1 ? t('保存 {{length}} 份文件', { length: included.length }) : t('保存到任务清单')}
          </Button>
        </Space>
      </PageHeader>
      {progress !== null && <Progress percent={progress} />}
      {error && (
        <Alert
          type="error"
          showIcon
          message={t('保存失败，导入结果仍在，可修改后重试')}
          description={error}
          closable
          onClose={() => setError(null)}
          data-testid="import-error"
        />
      )}
      {result.rubrics.length > 0 && (
        <Alert
          type="info"
          showIcon
          message={t('文件中还有评分细则“{{title}}”，它不进入任务清单；请在“指标体系”中导入该文件。', { title: result.rubrics[0]!.title })}
        />
      )}
      {result.documents.length > 1 && (
        <Space wrap>
          <Typography.Text>{t('文件 {{value}} / {{length}}：', { value: current + 1, length: result.documents.length })}</Typography.Text>
          <Select
            style={{ width: 560 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={current}
            onChange={showDocument}
            data-testid="review-document"
            options={result.documents.map((candidate, index) => ({
              value: index,
              label: `${excluded.includes(candidate.id) ? t('（不保存）') : ''}${candidate.title}`,
            }))}
          />
          <Checkbox
            checked={!excluded.includes(document.id)}
            onChange={(event) => setIncluded(document.id, event.target.checked)}
            data-testid="review-include"
          >
            {t('保存此文件')}
          </Checkbox>
        </Space>
      )}
      <Descriptions size="small" bordered column={3} data-testid="review-metadata">
        <Descriptions.Item label={t('标题')} span={3}>
          <Typography.Text
            editable={{ onChange: (title) => title.trim() && editDocument({ title: title.trim() }), tooltip: t('修改标题') }}
          >
            {document.title}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('文号')}>
          <Typography.Text
            editable={{ onChange: (docNumber) => editDocument({ docNumber: docNumber.trim() || null }), tooltip: t('修改文号') }}
          >
            {document.docNumber ?? ''}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('发文机关')}>
          <Typography.Text editable={{ onChange: (issuer) => editDocument({ issuer: issuer.trim() || null }), tooltip: t('修改发文机关') }}>
            {document.issuer ?? ''}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('成文日期')}>{document.issuedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('识别结果')} span={3}>
          <span data-testid="review-counts">
            {t('章节 {{section}} · 重点任务 {{task}} · 改革举措 {{measure}}', {
              section: counts.section,
              task: counts.task,
              measure: counts.measure,
            })}
            {document.findings.length > 0 && t(' · 整改问题 {{length}} 个领域', { length: document.findings.length })}
            {inferred > 0 && t(' · 其中 {{length}} 条的责任单位或时限为推定', { length: inferred })}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <ReviewWarnings key={document.id} warnings={warnings} conventions={document.conventions ?? []} onChoose={chooseWarning} />
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <ChecklistTree
            tree={tree}
            selectedId={selectedId}
            onRowClick={choose}
            onMove={choose}
            onOpen={setEditing}
            compact
            testId="review-table"
          />
        </div>
        <div style={{ width: 360, flexShrink: 0 }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap size={[6, 6]} data-testid="review-actions">
              <Button size="small" type="primary" ghost disabled={!selected} onClick={() => setEditing(selected)} data-testid="review-edit">
                {t('编辑')}
              </Button>
              {action(t('合并到上一条'), 'review-merge', mergeIntoPrevious)}
              <Button size="small" disabled={!selected} onClick={() => setSplitting(selected)} data-testid="review-split">
                {t('拆分')}
              </Button>
              {action(t('上移'), 'review-up', (items, id) => moveItem(items, id, 'up'))}
              {action(t('下移'), 'review-down', (items, id) => moveItem(items, id, 'down'))}
              {action(t('升级'), 'review-outdent', outdentItem)}
              {action(t('降级'), 'review-indent', indentItem)}
              {action(t('删除'), 'review-remove', removeItem, true)}
            </Space>
            {unparsedShown && !selected ? (
              <Alert
                type="warning"
                showIcon
                message={t('原文第 {{line}} 行没有归入任何条目', { line: unparsedShown.line })}
                description={t('{{value}}——如属某条措施，请编辑该条把文字补入；如是页眉、表题等，可不处理。', {
                  value: document.unparsedLines.find((line) => line.line === unparsedShown.line)?.text ?? '',
                })}
                data-testid="unparsed-line"
              />
            ) : (
              <SourceExcerpt item={selected} />
            )}
          </Space>
        </div>
      </div>
      <ItemEditor
        item={editing}
        year={year}
        onCancel={() => setEditing(null)}
        onSave={(patch: ItemPatch) => {
          const id = editing!.id;
          setEditing(null);
          apply((items) => updateItem(items, id, patch));
        }}
      />
      <SplitDialog
        item={splitting}
        onCancel={() => setSplitting(null)}
        onSplit={(at) => {
          const id = splitting!.id;
          setSplitting(null);
          apply((items) => splitItem(items, id, at));
        }}
      />
    </Space>
  );
}
