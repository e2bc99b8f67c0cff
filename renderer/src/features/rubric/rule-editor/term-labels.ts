// The names of the rule registry's term kinds in the interface language.
import type { TermKind } from '#shared/domain/rule-model';

import { t } from '../../../i18n';

export const termKindLabels = (): Record<TermKind, string> => ({
  manual: t('人工评分'),
  base: t('基础分'),
  deduction: t('基础分扣分'),
  occurrence: t('按次加减分'),
  linear: t('按差距线性计分'),
  bands: t('分档计分'),
  levels: t('分级计分'),
  itemSum: t('分项累加'),
  rankingTiers: t('排名分档'),
  rankPoints: t('按名次赋分'),
  relativeToBest: t('按第一名或平均值比例'),
  frontier: t('前沿距离'),
  proportional: t('等比例计分'),
  condition: t('条件计分'),
  veto: t('一票否决'),
  reference: t('引用上一行'),
});
