// The 内容 cell of a checklist row: a heading in bold, a measure's text with the further columns
// of its table row (优化前, 优化后, 压缩比例…) beneath it. Long text is clamped by CSS to `rows` lines,
// the whole of it on hover and in the row's original-text drawer. Plain elements, no antd
// Typography: thousands of rows scroll past, and each antd ellipsis brings its own resize observer.
import type { ChecklistItem } from '#shared/domain/types';

import styles from './ItemContent.module.css';

export function ItemContent({ item, rows }: { item: ChecklistItem; rows: number }) {
  if (item.kind !== 'measure') return <strong>{item.title}</strong>;
  const text = item.text || item.title;
  return (
    <>
      <div className={styles.text} style={{ WebkitLineClamp: rows }} title={text}>
        {text}
      </div>
      {item.details?.map((detail) => (
        <span key={detail.label} className={styles.detail}>
          {detail.label}：{detail.value}
        </span>
      ))}
    </>
  );
}
