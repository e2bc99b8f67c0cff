// Edits one indicator: name, 分值, ranking direction. The official 评分标准 is shown, not edited
// (the rule editor corrects the rule beside it).
import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';

import type { Direction, Indicator } from '#shared/domain/indicator-system';
import type { IndicatorPatch } from '#shared/rubric/edit-indicators';
import { summarizeRule } from '#shared/rules/read-back';

import { submitForm } from '../../app/submit-form';
import { t } from '../../i18n';

type Values = { name: string; points: number; direction?: Direction };

export function IndicatorEditor({
  indicator,
  onSave,
  onCancel,
}: {
  indicator: Indicator;
  onSave: (patch: IndicatorPatch) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const hasDirection = indicator.rule !== null && 'direction' in indicator.rule;
  return (
    <Modal
      open
      title={t('编辑指标：{{name}}', { name: indicator.name })}
      okText={t('保存')}
      cancelText={t('取消')}
      width={640}
      onCancel={onCancel}
      onOk={() =>
        void submitForm(form, (values) =>
          onSave({
            name: values.name,
            maxPoints: Math.round(values.points * 100),
            ...(values.direction ? { direction: values.direction } : {}),
          }),
        )
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          name: indicator.name,
          points: indicator.maxPoints / 100,
          direction: indicator.rule && 'direction' in indicator.rule ? indicator.rule.direction : undefined,
        }}
      >
        <Form.Item label={t('指标名称')} name="name" rules={[{ required: true, message: t('请填写名称') }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={indicator.role === 'bonus' || indicator.role === 'penalty' ? t('封顶分值') : t('分值')}
          name="points"
          rules={[{ required: true, type: 'number', min: 0, message: t('分值不能为负') }]}
        >
          <InputNumber min={0} step={0.5} precision={2} addonAfter={t('分')} />
        </Form.Item>
        {indicator.rule && (
          <Form.Item label={t('评分标准（原文，不在此修改；计分规则请用“规则”修改）')}>
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="indicator-rule-text">
              {indicator.ruleText}
            </Typography.Paragraph>
          </Form.Item>
        )}
        {hasDirection && (
          <Form.Item label={t('排名方向')} name="direction">
            <Select
              options={[
                { value: 'higherBetter', label: t('越大越好（如办件比例）') },
                { value: 'lowerBetter', label: t('越小越好（如报建周期、用时）') },
              ]}
            />
          </Form.Item>
        )}
      </Form>
      <Typography.Text type="secondary">
        {t('当前规则：')}
        {indicator.rule ? summarizeRule(indicator.rule, indicator.maxPoints) : t('（类别，无计分规则）')}
      </Typography.Text>
      {indicator.warnings.map((warning) => (
        <Alert key={warning} type="warning" showIcon message={warning} style={{ marginTop: 8 }} />
      ))}
    </Modal>
  );
}
