// Creates an evaluation (评价批次): a name, what it scores against — a policy document's checklist
// (任务清单) or an indicator system (指标体系) — and the units to score.
import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';

import type { EvaluationBasis } from '#shared/domain/evaluation';

import { useDocuments, useIndicatorSystems, useUnits } from '../../db/hooks';
import { t } from '../../i18n';
import { useUiStore } from '../../stores/ui-store';
import { ToReviewNotice } from '../rubric/ToReviewNotice';
import { UnitPicker } from '../units/UnitPicker';
import { useEvaluationCommands } from './evaluation-commands';

type Kind = EvaluationBasis['kind'];
type Values = { name: string; kind: Kind; documentId?: string; systemId?: string; unitIds: string[] };

/** The basis the values name. */
const basisOf = (values: Values): EvaluationBasis =>
  values.kind === 'checklist'
    ? { kind: 'checklist', documentId: values.documentId! }
    : { kind: 'indicatorSystem', systemId: values.systemId! };

/** 新建评价: name, basis (任务清单 or 指标体系) and units; `onCreated` gets the new evaluation's id. */
export function NewEvaluationForm({ onCreated }: { onCreated: (evaluationId: string) => void }) {
  const { createEvaluation } = useEvaluationCommands();
  const documents = useDocuments();
  const systems = useIndicatorSystems();
  const units = useUnits();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const showPage = useUiStore((state) => state.showPage);
  if (documents === undefined || systems === undefined || units === undefined) return null;
  if (documents.length === 0 && systems.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        message={t('还没有任务清单或指标体系')}
        description={t(
          '评价逐项检查一份政策文件的改革举措（清单督查），或按评分细则打分（指标评分）：先导入政策文件或评分细则，再回到这里创建评价。也可以导入别人发来的评价包。',
        )}
        action={
          <>
            <Button type="primary" onClick={() => showPage('documents')} data-testid="go-import-document">
              {t('去导入政策文件')}
            </Button>
            <Button onClick={() => showPage('rubric')} data-testid="go-import-rubric" style={{ marginLeft: 8 }}>
              {t('去导入评分细则')}
            </Button>
          </>
        }
        data-testid="empty-evaluation"
      />
    );
  const initialKind: Kind = documents.length > 0 ? 'checklist' : 'indicatorSystem';
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      initialValues={{
        name:
          initialKind === 'checklist'
            ? t('{{year}}年营商环境督查评价', { year: dayjs().year() })
            : t('{{year}}年度评分', { year: dayjs().year() }),
        kind: initialKind,
        documentId: documents[0]?.id,
        systemId: systems[0]?.id,
        unitIds: [],
      }}
      onFinish={async (values) => onCreated((await createEvaluation(values.name, basisOf(values), values.unitIds)).id)}
      data-testid="new-evaluation-form"
    >
      <Form.Item label={t('评价名称')} name="name" rules={[{ required: true, message: t('请填写评价名称') }]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('评价依据')} name="kind">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'checklist', label: t('任务清单'), disabled: documents.length === 0 },
            { value: 'indicatorSystem', label: t('指标体系'), disabled: systems.length === 0 },
          ]}
          data-testid="evaluation-basis"
        />
      </Form.Item>
      {(kind ?? initialKind) === 'checklist' ? (
        <Form.Item label={t('任务清单')} name="documentId" rules={[{ required: true, message: t('请选择一份已导入的文件') }]}>
          <Select options={documents.map((doc) => ({ value: doc.id, label: doc.title }))} />
        </Form.Item>
      ) : (
        <>
          <Form.Item label={t('指标体系')} name="systemId" rules={[{ required: true, message: t('请先在“指标体系”中导入评分细则') }]}>
            <Select options={systems.map((system) => ({ value: system.id, label: system.title }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(before, after) => before.systemId !== after.systemId}>
            {({ getFieldValue }) => <ToReviewNotice systemId={getFieldValue('systemId') as string | undefined} />}
          </Form.Item>
        </>
      )}
      <Form.Item label={t('被评价单位')} name="unitIds" rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个单位') }]}>
        <UnitPicker />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="create-evaluation">
        {t('创建评价')}
      </Button>
    </Form>
  );
}
