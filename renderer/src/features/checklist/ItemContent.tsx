// The 内容 cell of a checklist row: a heading in bold, a measure's text with the further columns
// of its table row (优化前, 优化后, 压缩比例…) beneath it. Long text is clamped by CSS to `rows` lines
// (no in-place expand: antd measures expandable text in JS on every mount, which stalls scrolling
// a long list); the whole text is in the row's original-text drawer.
import { Typography } from 'antd';
import type { ChecklistItem } from '../../../../shared/domain/types';

export function ItemContent({ item, rows }: { item: ChecklistItem; rows: number }) {
  if (item.kind !== 'measure') return <strong>{item.title}</strong>;
  return (
    <>
      <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows }}>
        {item.text || item.title}
      </Typography.Paragraph>
      {item.details?.map((detail) => (
        <Typography.Text key={detail.label} type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {detail.label}：{detail.value}
        </Typography.Text>
      ))}
    </>
  );
}
