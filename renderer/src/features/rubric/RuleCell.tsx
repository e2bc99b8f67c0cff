// One indicator's rule in the 指标体系 table: its state, the official 评分标准 (unread parts
// highlighted) and the canonical read-back of the rule as stored.
import { Typography } from 'antd';

import type { Indicator } from '#shared/domain/indicator-system';
import { summarizeRule } from '#shared/rules/read-back';
import { ruleState, unreadParts } from '#shared/rules/rule-review';

import { t } from '../../i18n';
import { OfficialText } from './OfficialText';
import { RuleStateTag } from './RuleStateTag';

export function RuleCell({ indicator }: { indicator: Indicator }) {
  const state = ruleState(indicator);
  if (!indicator.rule || !state)
    return indicator.ruleText ? <Typography.Text type="secondary">{indicator.ruleText}</Typography.Text> : null;
  return (
    <div data-testid={`rule-cell-${indicator.name}`}>
      <div>
        <RuleStateTag state={state} testId={`rule-state-${indicator.name}`} />
        <OfficialText text={indicator.ruleText} unread={unreadParts(indicator)} testId={`official-text-${indicator.name}`} />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('复述：')}
        <span data-testid={`read-back-${indicator.name}`}>{summarizeRule(indicator.rule, indicator.maxPoints)}</span>
      </Typography.Text>
      {state === 'reviewed' && indicator.review && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {t('（{{by}} 核对）', { by: indicator.review.by })}
        </Typography.Text>
      )}
    </div>
  );
}
