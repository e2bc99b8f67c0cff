// Editing one rectification of the 整改台账: every field, the typed 完成时限 checked where it is
// typed (Chinese message at the field). Saving goes through the ledger repository, which keeps
// each change in the item's history.
import { Form, Input, Modal, Select } from 'antd';

import type { Rectification } from '#shared/domain/rectification';
import { parseTypedDeadline, type RectificationChanges } from '#shared/rectification/ledger-edit';

import { submitForm } from '../../app/submit-form';
import { t } from '../../i18n';

type Props = { rectification: Rectification; owners: string[]; onSave: (changes: RectificationChanges) => void; onCancel: () => void };

type Values = { problem: string; target: string; measures: string; responsibleUnits: string[]; owner: string; deadline: string };

/** The typed deadline's problem, as the form shows it under the field. */
function checkDeadline(_: unknown, value: string | undefined): Promise<void> {
  try {
    parseTypedDeadline(value ?? '');
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export function RectificationEditor({ rectification, owners, onSave, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const initialValues: Values = {
    problem: rectification.problem,
    target: rectification.target,
    measures: rectification.measures,
    responsibleUnits: rectification.responsibleUnits,
    owner: rectification.owner,
    deadline: rectification.deadline?.text ?? '',
  };
  return (
    <Modal
      open
      width={720}
      title={t('编辑整改事项（{{unitName}}）', { unitName: rectification.unitName })}
      okText={t('保存')}
      cancelText={t('取消')}
      okButtonProps={{ id: 'save-rectification' }}
      onCancel={onCancel}
      onOk={() => void submitForm(form, (values) => onSave({ ...values, deadline: parseTypedDeadline(values.deadline) }))}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} data-testid="rectification-editor">
        <Form.Item label={t('问题描述')} name="problem" rules={[{ required: true, whitespace: true, message: t('问题描述不能为空。') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item label={t('整改目标')} name="target">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label={t('整改措施')} name="measures">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('责任单位')} name="responsibleUnits">
          <Select
            mode="tags"
            tokenSeparators={['、', '，', ',']}
            options={owners.map((owner) => ({ value: owner, label: owner }))}
            placeholder={t('选择或输入单位，回车确认')}
          />
        </Form.Item>
        <Form.Item label={t('责任人')} name="owner">
          <Input />
        </Form.Item>
        <Form.Item
          label={t('完成时限')}
          name="deadline"
          rules={[{ validator: checkDeadline }]}
          extra={t('写成 2026-12-31 或 2026年12月31日前；没有具体日期的可写“长期”。')}
        >
          <Input data-testid="rectification-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
