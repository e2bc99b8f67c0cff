// Starting an evaluation on a system with 待核对 indicators: how many, and a link to them.
import { Alert, Button } from 'antd';

import { ruleState } from '#shared/rules/rule-review';

import { useIndicatorSystem } from '../../db/hooks';
import { t } from '../../i18n';
import { showIndicatorsToReview } from './rubric-view-store';

export function ToReviewNotice({ systemId }: { systemId: string | undefined }) {
  const system = useIndicatorSystem(systemId ?? null);
  const count = system?.indicators.filter((indicator) => ruleState(indicator) === 'review').length ?? 0;
  if (!system || count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="to-review-notice"
      message={t('该指标体系有 {{count}} 项指标的计分规则待核对，得分可能不准确。', { count })}
      action={
        <Button size="small" onClick={() => showIndicatorsToReview(system.id)} data-testid="show-to-review">
          {t('去核对')}
        </Button>
      }
    />
  );
}
