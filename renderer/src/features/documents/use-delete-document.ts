// 删除 of a policy document: counts what depends on it and asks; evaluations are deleted only when
// the user chooses so explicitly, never as a side effect.
import { App } from 'antd';
import { createElement } from 'react';

import { describeError } from '../../app/describe-error';
import type { StoredDocument } from '../../db/database';
import { t } from '../../i18n';
import { dependentsOf, removeDocument } from '../../services/document-service';

/** `remove(document)` asks first (naming the evaluations and assessments that depend on it) and then deletes. */
export function useDeleteDocument() {
  const { modal, message } = App.useApp();
  const done = (title: string) => void message.success(t('已删除“{{title}}”', { title }));
  const fail = (error: unknown) => void message.error(describeError(error));
  return async (document: StoredDocument) => {
    const dependents = await dependentsOf(document.id).catch((error: unknown) => fail(error));
    if (!dependents) return;
    if (dependents.evaluations === 0) {
      modal.confirm({
        title: t('删除“{{title}}”？', { title: document.title }),
        content: t('将删除该文件及其 {{count}} 个条目。', { count: document.itemCount }),
        okText: t('删除'),
        okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
        cancelText: t('取消'),
        onOk: () => removeDocument(document.id, document.title, false).then(() => done(document.title), fail),
      });
      return;
    }
    const lines = [
      t('有 {{evaluations}} 个评价（共 {{assessments}} 条评定）依赖该文件。', dependents),
      t('保留这些评价，就不能删除该文件；连同评价一起删除前会自动备份。'),
      ...(dependents.rectifications > 0
        ? [t('整改台账中由这些评价产生的 {{count}} 条整改事项会保留。', { count: dependents.rectifications })]
        : []),
    ];
    modal.confirm({
      title: t('“{{title}}”有评价依赖', { title: document.title }),
      content: createElement(
        'div',
        { 'data-testid': 'delete-dependents' },
        ...lines.map((line) => createElement('p', { key: line }, line)),
      ),
      okText: t('连同评价一起删除'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-delete' },
      cancelText: t('保留，不删除'),
      onOk: () => removeDocument(document.id, document.title, true).then(() => done(document.title), fail),
    });
  };
}
