// Before a Word report is written: who signs it (发文机关署名 — an office, never a person) and its
// 成文日期 (default today). GB/T 9704 order and format: docs/gbt-9704.md.
import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { submitForm } from '../../app/submit-form';
import { t } from '../../i18n';
import type { ReportSigning } from '../../services/export-service';

type Props = {
  title: string;
  /** The office proposed as 署名 (the unit for its own report, the evaluation's office otherwise). */
  defaultIssuer: string;
  /** False where each unit signs its own report (a batch of unit reports): only the date is asked. */
  withIssuer?: boolean;
  onExport: (signing: ReportSigning) => void;
  onCancel: () => void;
};

type Values = { issuer: string; reportedOn: Dayjs | null };

export function ReportSigningDialog({ title, defaultIssuer, withIssuer = true, onExport, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open
      title={title}
      okText={t('导出')}
      cancelText={t('取消')}
      onCancel={onCancel}
      okButtonProps={{ id: 'signing-export' }}
      onOk={() =>
        void submitForm(form, ({ issuer, reportedOn }) =>
          onExport({ issuer: (issuer ?? '').trim(), reportedOn: reportedOn!.format('YYYY-MM-DD') }),
        )
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ issuer: defaultIssuer, reportedOn: dayjs() }}>
        <Form.Item
          hidden={!withIssuer}
          label={t('发文机关署名')}
          name="issuer"
          extra={t('署发文机关或评价单位的全称，不署个人姓名。')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !withIssuer || value?.trim() ? Promise.resolve() : Promise.reject(new Error(t('请填写发文机关署名（单位名称）。'))),
            },
          ]}
        >
          <Input data-testid="signing-issuer" placeholder={t('如：市优化营商环境工作领导小组办公室')} />
        </Form.Item>
        <Form.Item
          label={t('成文日期')}
          name="reportedOn"
          extra={t('印在署名下方，用阿拉伯数字（如 2026年11月23日）。')}
          rules={[{ required: true, message: t('请选择成文日期。') }]}
        >
          <DatePicker data-testid="signing-date" allowClear={false} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
