// Who provides an indicator's input, as the 指标体系 table shows it.
import type { DataSource } from '#shared/domain/indicator-system';

import { t } from '../../i18n';

export function describeSource(source: DataSource): string {
  return source.kind === 'system'
    ? t('系统数据')
    : source.kind === 'department'
      ? t('部门评分（{{department}}）', { department: source.department })
      : t('现场检查');
}
