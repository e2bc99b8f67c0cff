// The history of one rectification, shown under its row: dated progress notes and every edit of a
// field (who, when to the second, old → new).
import { List, Space } from 'antd';
import dayjs from 'dayjs';

import type { Rectification } from '#shared/domain/rectification';

import { t } from '../../i18n';
import { rectificationFieldLabels, rectificationStatusLabels } from '../../i18n/domain-labels';

export function RectificationHistory({ rectification }: { rectification: Rectification }) {
  const edits = [...(rectification.edits ?? [])].reverse();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        header={t('整改进展')}
        dataSource={rectification.progress}
        locale={{ emptyText: t('尚无进展记录') }}
        renderItem={(entry) => (
          <List.Item>{`${entry.date} ${entry.by}：${entry.note}（${rectificationStatusLabels()[entry.status]}）`}</List.Item>
        )}
      />
      <List
        size="small"
        header={t('修改记录')}
        dataSource={edits}
        locale={{ emptyText: t('尚无修改') }}
        data-testid="rectification-edits"
        renderItem={(edit) => (
          <List.Item>
            {t('{{at}} {{by}} 修改{{field}}：“{{from}}” → “{{to}}”', {
              at: dayjs(edit.at).format('YYYY-MM-DD HH:mm:ss'),
              by: edit.by || t('未署名'),
              field: rectificationFieldLabels()[edit.field],
              from: edit.from,
              to: edit.to,
            })}
          </List.Item>
        )}
      />
    </Space>
  );
}
