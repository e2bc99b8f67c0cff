// The original text an item was read from, shown beside it (review before saving, and the checklist).
import { Empty, Typography } from 'antd';

import type { ChecklistItem } from '#shared/domain/types';

import { t } from '../../i18n';

/** Where the item stands in its file, in the user's words. */
export function describeSource(item: ChecklistItem): string {
  return item.source.tableRow
    ? t('原文第 {{line}} 行（附件表格第 {{tableRow}} 行）', { line: item.source.line, tableRow: item.source.tableRow })
    : t('原文第 {{line}} 行', { line: item.source.line });
}

export function SourceExcerpt({ item }: { item: ChecklistItem | null }) {
  if (!item) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('选中一条，查看它在原文中的文字')} />;
  return (
    <div data-testid="source-excerpt">
      <Typography.Text type="secondary">{describeSource(item)}</Typography.Text>
      <pre
        style={{
          whiteSpace: 'pre-wrap',
          fontFamily: 'inherit',
          margin: '8px 0 0',
          padding: 12,
          background: 'var(--ant-color-fill-alter)',
          border: '1px solid var(--ant-color-border-secondary)',
          borderRadius: 6,
          maxHeight: 320,
          overflow: 'auto',
        }}
      >
        {item.source.excerpt ?? t('（该条目导入较早，未保存原文）')}
      </pre>
    </div>
  );
}
