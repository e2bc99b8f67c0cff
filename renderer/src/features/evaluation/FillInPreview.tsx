// Before a returned fill-in sheet is applied: every problem with its cell, and how many rows are valid.
import { Alert, List, Modal, Typography } from 'antd';

import type { FillInReading } from '#shared/exchange/read-fill-in';

import { t } from '../../i18n';

type Props = { reading: FillInReading & { fileName: string }; onApply: () => void; onCancel: () => void };

export function FillInPreview({ reading, onApply, onCancel }: Props) {
  return (
    <Modal
      open
      title={t('导入填报表：{{fileName}}', { fileName: reading.fileName })}
      okText={t('应用 {{length}} 项有效数据', { length: reading.inputs.length })}
      cancelText={t('取消')}
      okButtonProps={{ disabled: reading.inputs.length === 0, id: 'apply-fill-in' }}
      onOk={onApply}
      onCancel={onCancel}
      width={720}
    >
      <Typography.Paragraph>
        {t('填表人：')}
        {reading.filledBy || t('（未填写）')}
        {t('；有效数据 {{length}} 项。有问题的单元格不会导入，其余数据在您确认后写入。', { length: reading.inputs.length })}
      </Typography.Paragraph>
      {reading.problems.length === 0 ? (
        <Alert type="success" showIcon message={t('所有填写的单元格均通过校验。')} />
      ) : (
        <>
          <Alert type="warning" showIcon message={t('发现 {{length}} 处问题', { length: reading.problems.length })} />
          <List
            size="small"
            bordered
            dataSource={reading.problems}
            renderItem={(problem) => <List.Item>{problem}</List.Item>}
            style={{ maxHeight: 320, overflow: 'auto', marginTop: 8 }}
            data-testid="fill-in-problems"
          />
        </>
      )}
      {reading.warnings.length > 0 && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            message={t('{{length}} 个值与其他单位相差很大，会照常导入，请核对', { length: reading.warnings.length })}
          />
          <List
            size="small"
            bordered
            dataSource={reading.warnings}
            renderItem={(warning) => <List.Item>{warning}</List.Item>}
            style={{ maxHeight: 200, overflow: 'auto', marginTop: 8 }}
            data-testid="fill-in-warnings"
          />
        </>
      )}
    </Modal>
  );
}
