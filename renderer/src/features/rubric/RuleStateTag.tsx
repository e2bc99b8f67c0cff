// 待核对 / 已读 / 已核对 as a tag, the same everywhere the rule's state is shown.
import { Tag } from 'antd';

import type { RuleState } from '#shared/rules/rule-review';

import { t } from '../../i18n';

const LOOK: Record<RuleState, { color: string; label: () => string }> = {
  review: { color: 'orange', label: () => t('待核对') },
  read: { color: 'blue', label: () => t('已读') },
  reviewed: { color: 'green', label: () => t('已核对') },
};

export function RuleStateTag({ state, testId }: { state: RuleState; testId?: string }) {
  return (
    <Tag color={LOOK[state].color} data-testid={testId} style={{ marginRight: 4 }}>
      {LOOK[state].label()}
    </Tag>
  );
}
