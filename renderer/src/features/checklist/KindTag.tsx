// The tag that names an item's kind (章节 / 重点任务 / 改革举措), the same on every screen.
import { Tag } from 'antd';

import type { ChecklistItemKind } from '#shared/domain/types';

import { t } from '../../i18n';

export const KIND_TAGS: Record<ChecklistItemKind, { label: string; color: string }> = {
  section: { label: t('章节'), color: 'default' },
  task: { label: t('重点任务'), color: 'blue' },
  measure: { label: t('改革举措'), color: 'green' },
};

export function KindTag({ kind }: { kind: ChecklistItemKind }) {
  return <Tag color={KIND_TAGS[kind].color}>{KIND_TAGS[kind].label}</Tag>;
}
