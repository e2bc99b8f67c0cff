// The warnings of the document under review; choosing one selects its item.
import { Alert, Collapse, List, Tag } from 'antd';
import type { ImportWarning, ImportWarningKind } from '../../../../shared/import/import-warnings';
import { t } from '../../i18n';

const KIND_TAGS: Record<ImportWarningKind, { label: string; color: string }> = {
  noOwner: { label: t('缺责任单位'), color: 'orange' },
  tooShort: { label: t('疑似误拆'), color: 'gold' },
  tooLong: { label: t('疑似未拆'), color: 'gold' },
  duplicate: { label: t('重复'), color: 'purple' },
  unparsed: { label: t('未解析'), color: 'red' },
};

export function ReviewWarnings({ warnings, onChoose }: { warnings: ImportWarning[]; onChoose: (warning: ImportWarning) => void }) {
  if (warnings.length === 0) return <Alert type="success" showIcon message={t('未发现需要核对的问题：每条改革举措都有责任单位，原文各行均已识别。')} data-testid="review-warnings" />;
  return (
    <Collapse
      data-testid="review-warnings"
      size="small"
      defaultActiveKey={warnings.length <= 8 ? ['warnings'] : []}
      items={[
        {
          key: 'warnings',
          label: t('需要核对 {{length}} 处（点击定位）', { length: warnings.length }),
          children: (
            <List
              size="small"
              style={{ maxHeight: 200, overflow: 'auto' }}
              dataSource={warnings}
              renderItem={(warning) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => onChoose(warning)}>
                  <Tag color={KIND_TAGS[warning.kind].color}>{KIND_TAGS[warning.kind].label}</Tag>
                  {warning.message}
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
