// Creates an evaluation (评价批次): a name, the checklist to score and the units to score.
import { Alert, Button, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';

import { useDocuments, useUnits } from '../../db/hooks';
import { t } from '../../i18n';
import { useUiStore } from '../../stores/ui-store';
import { UnitPicker } from '../units/UnitPicker';
import { useChecklistCommands } from './checklist-commands';

type Values = { name: string; documentId: string; unitIds: string[] };

export function NewEvaluationForm({ onCreated }: { onCreated: (evaluationId: string) => void }) {
  const { createEvaluation } = useChecklistCommands();
  const documents = useDocuments();
  const units = useUnits();
  const [form] = Form.useForm<Values>();
  const showPage = useUiStore((state) => state.showPage);
  if (documents === undefined || units === undefined) return null;
  if (documents.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        message={t('还没有任务清单')}
        description={t(
          '清单督查逐项检查一份政策文件的改革举措：先在“政策文件”中导入文件（Word、PDF、Excel 或文本），核对后保存，再回到这里创建评价。',
        )}
        action={
          <Button type="primary" onClick={() => showPage('documents')} data-testid="go-import-document">
            {t('去导入政策文件')}
          </Button>
        }
        data-testid="empty-evaluation"
      />
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      initialValues={{ name: t('{{year}}年营商环境督查评价', { year: dayjs().year() }), documentId: documents[0]?.id, unitIds: [] }}
      onFinish={async (values) => onCreated((await createEvaluation(values.name, values.documentId, values.unitIds)).id)}
      data-testid="new-evaluation-form"
    >
      <Form.Item label={t('评价名称')} name="name" rules={[{ required: true, message: t('请填写评价名称') }]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('评价依据（任务清单）')} name="documentId" rules={[{ required: true, message: t('请选择一份已导入的文件') }]}>
        <Select options={documents.map((doc) => ({ value: doc.id, label: doc.title }))} placeholder={t('先在“政策文件”中导入')} />
      </Form.Item>
      <Form.Item label={t('被评价单位')} name="unitIds" rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个单位') }]}>
        <UnitPicker />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="create-evaluation">
        {t('创建评价')}
      </Button>
    </Form>
  );
}
