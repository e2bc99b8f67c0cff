// Creates an evaluation over an indicator system and a set of units.
import { Alert, Button, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';

import { useIndicatorSystems, useUnits } from '../../db/hooks';
import { t } from '../../i18n';
import { useUiStore } from '../../stores/ui-store';
import { ToReviewNotice } from '../rubric/ToReviewNotice';
import { UnitPicker } from '../units/UnitPicker';
import { useRubricCommands } from './rubric-commands';

type Values = { name: string; systemId: string; unitIds: string[] };

export function NewRubricEvaluationForm({ onCreated }: { onCreated: (evaluationId: string) => void }) {
  const { createRubricEvaluation } = useRubricCommands();
  const systems = useIndicatorSystems();
  const units = useUnits();
  const showPage = useUiStore((state) => state.showPage);
  if (systems === undefined || units === undefined) return null;
  if (systems.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        message={t('还没有指标体系')}
        description={t(
          '指标评分按评分细则打分：先在“指标体系”中导入评分细则（Excel、Word 或文本），再回到这里创建评价。也可以导入别人发来的评价包。',
        )}
        action={
          <Button type="primary" onClick={() => showPage('rubric')} data-testid="go-import-rubric">
            {t('去导入评分细则')}
          </Button>
        }
        data-testid="empty-rubric-evaluation"
      />
    );
  return (
    <Form<Values>
      layout="vertical"
      style={{ maxWidth: 640 }}
      initialValues={{ name: t('{{year}}年度评分', { year: dayjs().year() }), systemId: systems[0]?.id, unitIds: [] }}
      onFinish={async (values) => onCreated((await createRubricEvaluation(values.name, values.systemId, values.unitIds)).id)}
      data-testid="new-rubric-evaluation-form"
    >
      <Form.Item label={t('评价名称')} name="name" rules={[{ required: true, message: t('请填写评价名称') }]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('指标体系')} name="systemId" rules={[{ required: true, message: t('请先在“指标体系”中导入评分细则') }]}>
        <Select options={systems.map((system) => ({ value: system.id, label: system.title }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before, after) => before.systemId !== after.systemId}>
        {({ getFieldValue }) => <ToReviewNotice systemId={getFieldValue('systemId') as string | undefined} />}
      </Form.Item>
      <Form.Item label={t('被评价单位')} name="unitIds" rules={[{ required: true, type: 'array', min: 1, message: t('至少选择一个单位') }]}>
        <UnitPicker />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="create-rubric-evaluation">
        {t('创建评价')}
      </Button>
    </Form>
  );
}
