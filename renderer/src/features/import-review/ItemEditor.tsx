// Edits one parsed item before saving: kind, number, title, text, owners, 责任人 and 完成时限.
import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';

import type { ChecklistItem, ChecklistItemKind } from '#shared/domain/types';
import type { ItemPatch } from '#shared/import/edit-checklist';
import { parseDeadline } from '#shared/import/parse-deadline';

import { submitForm } from '../../app/submit-form';
import { t } from '../../i18n';
import { KIND_TAGS } from '../checklist/KindTag';

type Values = {
  kind: ChecklistItemKind;
  number: string;
  title: string;
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  supportingUnits: string[];
  owner: string;
  deadline: string;
};

const KIND_OPTIONS = (Object.keys(KIND_TAGS) as ChecklistItemKind[]).map((value) => ({ value, label: KIND_TAGS[value].label }));

/**
 * A modal form over `item`; `onSave` receives the patch (the deadline's date read again from its
 * text within `year`, the document's year). Unit lists take several names (type, Enter).
 */
export function ItemEditor({
  item,
  year,
  onSave,
  onCancel,
}: {
  item: ChecklistItem | null;
  year: number | null;
  onSave: (patch: ItemPatch) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (item) form.setFieldsValue({ ...item, owner: item.owner ?? '', deadline: item.deadline?.text ?? '' });
  }, [form, item]);
  const save = () =>
    submitForm(form, (values) => {
      const deadline = values.deadline.trim();
      onSave({ ...values, owner: values.owner.trim() || null, deadline: deadline ? parseDeadline(deadline, year) : null });
    });
  const units = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label}>
      <Select
        mode="tags"
        tokenSeparators={['、', '，', ',']}
        open={false}
        placeholder={t('输入单位名称后回车')}
        data-testid={`edit-${name}`}
      />
    </Form.Item>
  );
  return (
    <Modal
      open={item !== null}
      title={t('编辑条目')}
      okText={t('确定')}
      cancelText={t('取消')}
      onOk={() => void save()}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" data-testid="item-editor">
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="kind" label={t('类型')} style={{ width: 140 }}>
            <Select options={KIND_OPTIONS} />
          </Form.Item>
          <Form.Item name="number" label={t('编号')} style={{ width: 100 }}>
            <Input />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('标题')}
            style={{ flex: 1 }}
            rules={[{ required: true, whitespace: true, message: t('标题不能为空') }]}
          >
            <Input data-testid="edit-title" />
          </Form.Item>
        </div>
        <Form.Item name="text" label={t('内容')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="edit-text" />
        </Form.Item>
        {units('leadUnits', t('牵头单位'))}
        {units('responsibleUnits', t('责任单位'))}
        {units('supportingUnits', t('配合单位'))}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="owner" label={t('责任人')} style={{ width: 200 }}>
            <Input />
          </Form.Item>
          <Form.Item name="deadline" label={t('完成时限（按原文填写，如“2023年6月底前”“长期坚持”）')} style={{ flex: 1 }}>
            <Input data-testid="edit-deadline" />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
