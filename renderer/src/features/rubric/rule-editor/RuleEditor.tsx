// The rule editor: compose or correct an indicator's rule from terms of every kind in the registry,
// with read-back and 试算 live, and mark it 已核对. The official 评分标准 is shown and never changed.
import { Alert, Button, Card, Checkbox, Col, Divider, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';

import type { Indicator, IndicatorReview } from '#shared/domain/indicator-system';
import type { Term, TermKind } from '#shared/domain/rule-model';
import { formatHundredths } from '#shared/numbers/exact';
import { validateRule } from '#shared/rules/edit-rule';
import { toComposed } from '#shared/rules/migrate';
import { summarizeRule } from '#shared/rules/read-back';
import { correctRule, ruleState, unreadParts } from '#shared/rules/rule-review';

import { useDiscardGuard } from '../../../app/use-discard-guard';
import { t } from '../../../i18n';
import { useUiStore } from '../../../stores/ui-store';
import { OfficialText } from '../OfficialText';
import { RuleStateTag } from '../RuleStateTag';
import { inputProblems } from './input-problems';
import { NumberField } from './NumberField';
import { addTerm, draftOf, freshInputName, moveTerm, removeTerm, replaceTerm, type RuleDraft, ruleOf } from './rule-draft';
import { TERM_FORMS } from './term-fields';
import { termKindLabels } from './term-labels';
import { TermFields } from './TermFields';
import { TrialBox } from './TrialBox';

type Props = { indicator: Indicator; onCancel: () => void; onSave: (indicator: Indicator) => void };

const ADDABLE = (Object.keys(TERM_FORMS) as TermKind[]).filter((kind) => TERM_FORMS[kind].addable);

export function RuleEditor({ indicator, onCancel, onSave }: Props) {
  const inspector = useUiStore((state) => state.inspector);
  const initial = useMemo(() => draftOf(toComposed(indicator.rule ?? { kind: 'manual' }, indicator.maxPoints)), [indicator]);
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const [reviewed, setReviewed] = useState(indicator.review?.state === 'reviewed');
  const [reviewer, setReviewer] = useState(indicator.review?.by ?? inspector);
  const [kind, setKind] = useState<TermKind>('deduction');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const reportError = useCallback(
    (path: string, error: string | null) =>
      setFieldErrors((old) => {
        if ((old[path] ?? null) === error) return old;
        const next = { ...old };
        if (error) next[path] = error;
        else delete next[path];
        return next;
      }),
    [],
  );
  const rule = ruleOf(draft);
  const problems = [...inputProblems(rule), ...validateRule(rule, indicator.maxPoints)];
  const blocked = problems.length > 0 || Object.keys(fieldErrors).length > 0;
  const dirty = JSON.stringify(rule) !== JSON.stringify(ruleOf(initial)) || reviewed !== (indicator.review?.state === 'reviewed');
  const state = ruleState(indicator);

  const cancel = useDiscardGuard(() => dirty, onCancel);
  const save = () => {
    const review: IndicatorReview | null = reviewed ? { state: 'reviewed', by: reviewer.trim(), at: new Date().toISOString() } : null;
    const unreviewed: Indicator = { ...indicator };
    delete unreviewed.review;
    onSave(correctRule(reviewed ? indicator : unreviewed, rule, review));
  };

  return (
    <Modal
      open
      title={t('计分规则：{{name}}（分值 {{points}} 分）', { name: indicator.name, points: formatHundredths(indicator.maxPoints) })}
      width="min(1240px, calc(100vw - 32px))"
      style={{ top: 16 }}
      styles={{ body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto', paddingRight: 8 } }}
      onCancel={cancel}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={cancel}>
          {t('取消')}
        </Button>,
        <Button key="save" type="primary" disabled={blocked || (reviewed && reviewer.trim() === '')} onClick={save} data-testid="save-rule">
          {t('保存规则')}
        </Button>,
      ]}
      data-testid="rule-editor"
    >
      <Form layout="vertical" component="div" size="small">
        <Row gutter={16}>
          <Col xs={24} xl={13}>
            <Typography.Text strong>{t('计分项（相加后按最低、最高分截取）')}</Typography.Text>
            {draft.terms.map((entry, index) => (
              <Card
                key={entry.key}
                size="small"
                style={{ marginTop: 8 }}
                title={`${index + 1}. ${termKindLabels()[entry.term.kind]}`}
                data-testid={`term-${index}`}
                extra={
                  <Space size={4}>
                    <Button
                      size="small"
                      disabled={index === 0}
                      onClick={() => setDraft(moveTerm(draft, entry.key, -1))}
                      aria-label={t('上移')}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      disabled={index === draft.terms.length - 1}
                      onClick={() => setDraft(moveTerm(draft, entry.key, 1))}
                      aria-label={t('下移')}
                    >
                      ↓
                    </Button>
                    <Button size="small" danger onClick={() => setDraft(removeTerm(draft, entry.key))} data-testid={`remove-term-${index}`}>
                      {t('删除')}
                    </Button>
                  </Space>
                }
              >
                <TermFields
                  fields={TERM_FORMS[entry.term.kind].fields}
                  values={entry.term as unknown as Record<string, unknown>}
                  path={`${entry.key}`}
                  onError={reportError}
                  fresh={(inputKind) => freshInputName(draft, inputKind)}
                  onChange={(values) => setDraft(replaceTerm(draft, entry.key, values as unknown as Term))}
                />
              </Card>
            ))}
            <Space style={{ marginTop: 8 }} wrap>
              <Select
                value={kind}
                onChange={setKind}
                style={{ width: 220 }}
                options={ADDABLE.map((value) => ({ value, label: termKindLabels()[value] }))}
                data-testid="term-kind"
              />
              <Button onClick={() => setDraft(addTerm(draft, kind, indicator.maxPoints))} data-testid="add-term">
                {t('添加计分项')}
              </Button>
            </Space>
            <Divider style={{ margin: '12px 0' }} />
            <Space wrap size={[16, 0]}>
              <NumberField
                label={t('最低分')}
                value={draft.floor}
                kind="signedPoints"
                nullable={t('不设下限（可倒扣）')}
                width={150}
                onChange={(floor) => setDraft({ ...draft, floor })}
                onError={(error) => reportError('floor', error)}
                testId="field-floor"
              />
              <NumberField
                label={t('最高分')}
                value={draft.ceiling}
                kind="points"
                nullable={t('分值')}
                width={150}
                onChange={(ceiling) => setDraft({ ...draft, ceiling })}
                onError={(error) => reportError('ceiling', error)}
                testId="field-ceiling"
              />
            </Space>
          </Col>
          <Col xs={24} xl={11}>
            <Typography.Text strong>{t('评分标准（原文，不修改）')}</Typography.Text> {state && <RuleStateTag state={state} />}
            <div style={{ background: 'var(--ant-color-fill-quaternary, #fafafa)', padding: 8, borderRadius: 6, margin: '4px 0 12px' }}>
              <OfficialText text={indicator.ruleText} unread={unreadParts(indicator)} testId="editor-official-text" />
            </div>
            <Typography.Text strong>{t('复述')}</Typography.Text>
            <div style={{ padding: '4px 0 12px' }}>
              <Typography.Text data-testid="editor-read-back">{blocked ? '—' : summarizeRule(rule, indicator.maxPoints)}</Typography.Text>
            </div>
            {problems.length > 0 && (
              <Alert
                type="error"
                showIcon
                message={t('规则有误，不能保存')}
                description={problems.join('；')}
                style={{ marginBottom: 12 }}
                data-testid="rule-problems"
              />
            )}
            <TrialBox rule={rule} maxPoints={indicator.maxPoints} valid={!blocked} />
            <Divider style={{ margin: '12px 0' }} />
            <Space wrap align="center">
              <Checkbox checked={reviewed} onChange={(event) => setReviewed(event.target.checked)} data-testid="mark-reviewed">
                {t('已核对：规则与评分标准原文一致')}
              </Checkbox>
              {reviewed && (
                <Form.Item
                  label={t('核对人')}
                  style={{ marginBottom: 0 }}
                  validateStatus={reviewer.trim() === '' ? 'error' : undefined}
                  help={reviewer.trim() === '' ? t('请填写核对人') : undefined}
                >
                  <Input
                    value={reviewer}
                    onChange={(event) => setReviewer(event.target.value)}
                    style={{ width: 140 }}
                    data-testid="reviewer"
                  />
                </Form.Item>
              )}
            </Space>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
