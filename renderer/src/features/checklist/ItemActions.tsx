// Corrections to one saved checklist item, beside the text it was read from: edit its fields,
// split it at the cursor, merge it into the item before it, or drop it. Assessments stay with the
// items that remain; dropping inputs is asked first.
import { Button, Descriptions, Space } from 'antd';
import { useState } from 'react';

import type { ChecklistItem } from '#shared/domain/types';
import { type ItemPatch, mergeIntoPrevious, removeItem, splitItem, updateItem } from '#shared/import/edit-checklist';

import { t } from '../../i18n';
import { ItemEditor } from '../import-review/ItemEditor';
import { SplitDialog } from '../import-review/SplitDialog';
import { useChecklistEdit } from './use-checklist-edit';

const nameOf = (item: ChecklistItem) => `${item.number ? `${item.number} ` : ''}${item.title}`;

/** Buttons for `item` of the document `documentId` (year: the document's, for reading deadlines); `onGone` when it no longer exists. */
export function ItemActions({
  documentId,
  item,
  year,
  onGone,
}: {
  documentId: string;
  item: ChecklistItem;
  year: number | null;
  onGone: () => void;
}) {
  const apply = useChecklistEdit(documentId);
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const save = async (patch: ItemPatch) => {
    if (await apply((items) => updateItem(items, item.id, patch), t('编辑条目“{{name}}”', { name: nameOf(item) }))) setEditing(false);
  };
  const split = async (at: number) => {
    if (await apply((items) => splitItem(items, item.id, at), t('拆分条目“{{name}}”', { name: nameOf(item) }))) setSplitting(false);
  };
  const merge = async () => {
    if (await apply((items) => mergeIntoPrevious(items, item.id), t('把“{{name}}”并入上一条', { name: nameOf(item) }))) onGone();
  };
  const drop = async () => {
    const confirmDrop = t('“{{name}}”将从任务清单中删除，它的下级条目上移一级。', { name: nameOf(item) });
    if (await apply((items) => removeItem(items, item.id), t('删除条目“{{name}}”', { name: nameOf(item) }), { confirmDrop })) onGone();
  };
  return (
    <>
      <Space wrap data-testid="item-actions">
        <Button type="primary" onClick={() => setEditing(true)} data-testid="edit-item">
          {t('编辑')}
        </Button>
        <Button onClick={() => setSplitting(true)} data-testid="split-item">
          {t('拆分')}
        </Button>
        <Button onClick={() => void merge()} data-testid="merge-item">
          {t('并入上一条')}
        </Button>
        <Button danger onClick={() => void drop()} data-testid="drop-item">
          {t('删除条目')}
        </Button>
      </Space>
      <Descriptions size="small" bordered column={1} data-testid="item-fields" style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('内容')}>{item.text || item.title}</Descriptions.Item>
        <Descriptions.Item label={t('牵头单位')}>{item.leadUnits.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('责任单位')}>{item.responsibleUnits.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('配合单位')}>{item.supportingUnits.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('完成时限')}>{item.deadline?.text ?? '—'}</Descriptions.Item>
      </Descriptions>
      {/* Mounted only while open: a hidden dialog inside the drawer would keep Esc from closing the drawer. */}
      {editing && <ItemEditor item={item} year={year} onSave={(patch) => void save(patch)} onCancel={() => setEditing(false)} />}
      {splitting && <SplitDialog item={item} onSplit={(at) => void split(at)} onCancel={() => setSplitting(false)} />}
    </>
  );
}
