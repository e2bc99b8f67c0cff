// 按公文格式导出: the 文号, 主送 and 落款 of a rectification report, on the default GB/T 9704
// template or the office's own letterhead template.
import { Button, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { submitForm } from '../../app/submit-form';
import { useDiscardGuard } from '../../app/use-discard-guard';
import { t } from '../../i18n';
import type { OfficialFields } from '../../services/export-service';

type Values = Omit<OfficialFields, 'reportedOn'> & { reportedOn: Dayjs; template: 'default' | 'own' };

type Props = {
  unitName: string;
  onExport: (fields: OfficialFields, useOwnTemplate: boolean) => void;
  onDownloadTemplate: () => void;
  onCancel: () => void;
};

export function OfficialReportDialog({ unitName, onExport, onDownloadTemplate, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onCancel);
  return (
    <Modal
      open
      title={t('按公文格式导出“{{unitName}}”整改报告', { unitName: unitName })}
      okText={t('导出')}
      cancelText={t('取消')}
      onCancel={cancel}
      onOk={() =>
        void submitForm(form, ({ template, reportedOn, ...fields }) =>
          onExport({ ...fields, reportedOn: reportedOn.format('YYYY-MM-DD') }, template === 'own'),
        )
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ issuingOrgan: unitName, docNumber: '', recipient: '', issuer: unitName, reportedOn: dayjs(), template: 'default' }}
      >
        <Form.Item label={t('发文机关（红头）')} name="issuingOrgan">
          <Input />
        </Form.Item>
        <Form.Item label={t('文号')} name="docNumber" extra={t('如：西政办〔2026〕12号（年份用六角括号）')}>
          <Input />
        </Form.Item>
        <Form.Item label={t('主送机关')} name="recipient">
          <Input placeholder={t('如：市优化营商环境工作领导小组办公室')} />
        </Form.Item>
        <Form.Item
          label={t('发文机关署名')}
          name="issuer"
          extra={t('署发文机关或评价单位的全称，不署个人姓名。')}
          rules={[{ required: true, whitespace: true, message: t('请填写发文机关署名（单位名称）。') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('成文日期')}
          name="reportedOn"
          extra={t('印在署名下方，用阿拉伯数字（如 2026年11月23日）。')}
          rules={[{ required: true, message: t('请选择成文日期。') }]}
        >
          <DatePicker allowClear={false} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={t('模板')}
          name="template"
          extra={t(
            '自有模板中可使用占位符 {发文机关} {文号} {标题} {主送} {落款} {日期}，正文处单独一段写 {@正文}，日期之后单独一段写 {@附件}。',
          )}
        >
          <Radio.Group
            options={[
              { value: 'default', label: t('默认 GB/T 9704 模板') },
              { value: 'own', label: t('选择本单位模板（.docx）…') },
            ]}
          />
        </Form.Item>
      </Form>
      <Space>
        <Button size="small" type="link" onClick={onDownloadTemplate} style={{ padding: 0 }}>
          {t('下载默认模板，在 Word 中改为本单位版式')}
        </Button>
      </Space>
    </Modal>
  );
}
