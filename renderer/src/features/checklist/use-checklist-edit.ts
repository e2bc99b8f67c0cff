// Applying a correction to the saved checklist from the 任务清单: an edit that would drop items
// holding assessments asks first, naming how many units' inputs go with them.
import { App } from 'antd';
import { useCallback } from 'react';

import { describeError } from '../../app/describe-error';
import { applyChecklistEdit, type ChecklistEdit, previewChecklistEdit } from '../../db/checklist-repository';
import { db } from '../../db/connection';
import { t } from '../../i18n';

/**
 * `apply(edit, label, { confirmDrop })` previews the edit; when it removes items holding inputs (or
 * `confirmDrop` asks for a confirmation anyway) the user is asked, then the edit is stored in one
 * transaction. Output of apply: true once stored, false when cancelled or refused (the reason shown).
 */
export function useChecklistEdit(documentId: string | null) {
  const { modal, message } = App.useApp();
  return useCallback(
    async (edit: ChecklistEdit, label: string, options: { confirmDrop?: string } = {}): Promise<boolean> => {
      if (!documentId) return false;
      try {
        const dropped = await previewChecklistEdit(db, documentId, edit);
        if (dropped.assessments > 0 || options.confirmDrop) {
          const lines = [
            ...(options.confirmDrop ? [options.confirmDrop] : []),
            ...(dropped.assessments > 0
              ? [t('这将删除 {{units}} 个单位在该条目上的评定（共 {{assessments}} 条）；其余条目的评定保留。', dropped)]
              : []),
          ];
          const confirmed = await modal.confirm({
            title: dropped.assessments > 0 ? t('删除已有评定的条目？') : t('删除该条目？'),
            content: lines.join(''),
            okText: t('删除'),
            okButtonProps: { danger: true, 'data-testid': 'confirm-drop' },
            cancelText: t('取消'),
          });
          if (!confirmed) return false;
        }
        await applyChecklistEdit(db, documentId, edit, label, { dropInputs: true });
        void message.success(t('已保存：{{label}}', { label }));
        return true;
      } catch (error) {
        void message.error(describeError(error));
        return false;
      }
    },
    [documentId, modal, message],
  );
}
