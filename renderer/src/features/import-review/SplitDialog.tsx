// Splits one parsed item in two at the cursor, which starts after the first sentence.
import { Modal, Typography } from 'antd';
import { useRef } from 'react';

import type { ChecklistItem } from '#shared/domain/types';

import { t } from '../../i18n';

/** Character offset after the first sentence end (。；！？) that is not the text's last; else after the first comma past a third of the text; else the middle. */
function defaultSplitPoint(text: string): number {
  const last = text.trimEnd().length;
  for (const pattern of [/[。；！？]/g, /[，,]/g]) {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index + 1 < last && (pattern.source.includes('。') || match.index > last / 3)) return match.index + 1;
    }
  }
  return Math.floor(text.length / 2);
}

export function SplitDialog({
  item,
  onSplit,
  onCancel,
}: {
  item: ChecklistItem | null;
  onSplit: (at: number) => void;
  onCancel: () => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  // The text area exists once the dialog has opened: then the cursor is put after the first sentence.
  const placeCursor = (open: boolean) => {
    const element = area.current;
    if (!open || !item || !element) return;
    const at = defaultSplitPoint(item.text);
    element.focus();
    element.setSelectionRange(at, at);
  };
  return (
    <Modal
      open={item !== null}
      title={t('拆分条目')}
      okText={t('在光标处拆分')}
      cancelText={t('取消')}
      afterOpenChange={placeCursor}
      onOk={() => onSplit(area.current?.selectionStart ?? 0)}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(
          '把光标放在要断开的位置（已放在第一句之后）。前半段保留原编号和下级条目，后半段成为紧随其后的同级条目，沿用责任单位和完成时限。',
        )}
      </Typography.Paragraph>
      <textarea
        ref={area}
        className="ant-input"
        readOnly
        value={item?.text ?? ''}
        rows={10}
        style={{ width: '100%', resize: 'vertical' }}
        data-testid="split-text"
      />
    </Modal>
  );
}
