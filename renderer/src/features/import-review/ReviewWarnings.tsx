// The warnings of the document under review — what is missing and what looks wrong in what was
// read — with a count per kind in the banner, and the conventions the reader applied, one line
// each. Choosing a warning selects its item.
import { Alert, Collapse, List, Space, Tag } from 'antd';

import type { ImportWarning, ImportWarningKind } from '#shared/import/import-warnings';

import { t } from '../../i18n';

const KIND_TAGS: Record<ImportWarningKind, { label: string; color: string }> = {
  noOwner: { label: t('缺责任单位'), color: 'orange' },
  tooShort: { label: t('疑似误拆'), color: 'gold' },
  tooLong: { label: t('疑似未拆'), color: 'gold' },
  duplicate: { label: t('重复'), color: 'purple' },
  unparsed: { label: t('未解析'), color: 'red' },
  unitName: { label: t('单位名称可疑'), color: 'red' },
  deadlineText: { label: t('时限可疑'), color: 'red' },
  titleIsIssuer: { label: t('标题可疑'), color: 'red' },
  ownerTail: { label: t('正文含单位'), color: 'volcano' },
  markup: { label: t('网页残留'), color: 'magenta' },
  inferred: { label: t('推定'), color: 'blue' },
};

const KIND_ORDER = Object.keys(KIND_TAGS) as ImportWarningKind[];

export function ReviewWarnings({
  warnings,
  conventions,
  onChoose,
}: {
  warnings: ImportWarning[];
  conventions: string[];
  onChoose: (warning: ImportWarning) => void;
}) {
  const notes = conventions.length > 0 && (
    <Alert
      type="info"
      showIcon
      data-testid="review-conventions"
      message={
        <Space direction="vertical" size={0}>
          {conventions.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </Space>
      }
    />
  );
  if (warnings.length === 0) {
    return (
      <>
        {notes}
        <Alert
          type="success"
          showIcon
          message={t('未发现需要核对的问题：每条改革举措都有责任单位，原文各行均已识别。')}
          data-testid="review-warnings"
        />
      </>
    );
  }
  const counts = KIND_ORDER.map((kind) => [kind, warnings.filter((warning) => warning.kind === kind).length] as const).filter(
    ([, count]) => count > 0,
  );
  return (
    <>
      {notes}
      <Collapse
        data-testid="review-warnings"
        size="small"
        defaultActiveKey={warnings.length <= 8 ? ['warnings'] : []}
        items={[
          {
            key: 'warnings',
            label: (
              <Space wrap size={[4, 4]}>
                <span>{t('需要核对 {{length}} 处（点击定位）', { length: warnings.length })}</span>
                {counts.map(([kind, count]) => (
                  <Tag key={kind} color={KIND_TAGS[kind].color} data-testid={`review-count-${kind}`}>
                    {KIND_TAGS[kind].label} {count}
                  </Tag>
                ))}
              </Space>
            ),
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
    </>
  );
}
