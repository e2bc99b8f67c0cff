// 试算: sample inputs for the rule's declared inputs → points and the reason, live. A rule that
// compares units (rank, relative, frontier, tiers, average thresholds) takes several sample units.
import { Alert, Button, Checkbox, Form, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';

import type { ComposedRule, RuleInput, UnitValues } from '#shared/domain/rule-model';
import { formatHundredths } from '#shared/numbers/exact';
import { comparesUnits, ruleInputs, trialScore } from '#shared/rules/edit-rule';

import { t } from '../../../i18n';
import type { NumberKind } from './number-input';
import { NumberField } from './NumberField';

type Sample = Record<string, number | number[] | undefined>;
type SampleRow = { index: number; sample: Sample };

const NUMBER_KIND: Record<'points' | 'count' | 'value', NumberKind> = { points: 'value', count: 'count', value: 'value' };

function SampleInput({
  input,
  value,
  onChange,
  onError,
  testId,
}: {
  input: RuleInput;
  value: Sample[string];
  onChange: (value: Sample[string]) => void;
  onError: (error: string | null) => void;
  testId: string;
}) {
  const label = input.name;
  switch (input.kind) {
    case 'points':
    case 'count':
    case 'value':
      return (
        <NumberField
          label={label}
          value={typeof value === 'number' ? value : null}
          kind={NUMBER_KIND[input.kind]}
          nullable={t('未填')}
          onChange={(next) => onChange(next ?? undefined)}
          onError={onError}
          testId={testId}
        />
      );
    case 'items':
      return (
        <Form.Item label={label} style={{ marginBottom: 8 }}>
          <Checkbox.Group
            value={Array.isArray(value) ? value : []}
            onChange={(next) => onChange(next as number[])}
            options={(input.choices ?? []).map((choice, index) => ({ value: index + 1, label: choice }))}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'level':
      return (
        <Form.Item label={label} style={{ marginBottom: 8 }}>
          <Select
            style={{ minWidth: 120 }}
            value={typeof value === 'number' ? value : 0}
            onChange={(next) => onChange(next)}
            options={[
              { value: 0, label: t('均未达到') },
              ...(input.choices ?? []).map((choice, index) => ({ value: index + 1, label: choice })),
            ]}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'flag':
      return (
        <Form.Item label={label} style={{ marginBottom: 8 }}>
          <Select
            style={{ width: 80 }}
            value={value === 1 ? 1 : 0}
            onChange={(next) => onChange(next)}
            options={[
              { value: 0, label: t('否') },
              { value: 1, label: t('是') },
            ]}
            data-testid={testId}
          />
        </Form.Item>
      );
  }
}

/** The 试算 box of a rule; `valid` false shows why it cannot compute yet. Amounts in hundredths. */
export function TrialBox({ rule, maxPoints, valid }: { rule: ComposedRule; maxPoints: number; valid: boolean }) {
  const [samples, setSamples] = useState<Sample[]>([{}, {}, {}]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const inputs = ruleInputs(rule);
  const several = comparesUnits(rule);
  const shown = several ? samples : samples.slice(0, 1);
  const report = (key: string, error: string | null) =>
    setErrors((old) => {
      if ((old[key] ?? null) === error) return old;
      const next = { ...old };
      if (error) next[key] = error;
      else delete next[key];
      return next;
    });
  const results = valid && Object.keys(errors).length === 0 ? trialScore(rule, maxPoints, shown as UnitValues[]) : null;
  return (
    <div data-testid="trial-box">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('试算')}
      </Typography.Title>
      {several && (
        <Typography.Paragraph type="secondary">
          {t('本规则比较各单位（名次、平均值或第一名），请填几个样本单位的值。')}
        </Typography.Paragraph>
      )}
      {inputs.length === 0 && <Typography.Text type="secondary">{t('本规则不需要输入。')}</Typography.Text>}
      <Table<SampleRow>
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={shown.map((sample, index) => ({ index, sample }))}
        columns={[
          ...(several
            ? [{ title: t('单位'), width: 56, render: (_: unknown, row: SampleRow) => t('样本{{n}}', { n: row.index + 1 }) }]
            : []),
          {
            title: t('输入'),
            render: (_: unknown, row: SampleRow) => (
              <Space wrap size={[12, 0]}>
                {inputs.map((input) => (
                  <SampleInput
                    key={`${input.name}-${input.kind}`}
                    input={input}
                    value={row.sample[input.name]}
                    onChange={(value) =>
                      setSamples((old) => old.map((sample, at) => (at === row.index ? { ...sample, [input.name]: value } : sample)))
                    }
                    onError={(error) => report(`${row.index}/${input.name}`, error)}
                    testId={`trial-${row.index}-${input.name}`}
                  />
                ))}
              </Space>
            ),
          },
          {
            title: t('得分与理由'),
            width: '45%',
            render: (_: unknown, row: SampleRow) => {
              const result = results?.[row.index];
              return result ? (
                <span data-testid={`trial-result-${row.index}`}>
                  <Typography.Text strong data-testid={`trial-points-${row.index}`}>
                    {formatHundredths(result.points)}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary" data-testid={`trial-reason-${row.index}`}>
                    {result.reason}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              );
            },
          },
        ]}
      />
      {several && (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => setSamples((old) => [...old, {}])}>
          {t('添加样本单位')}
        </Button>
      )}
      {!valid && <Alert style={{ marginTop: 8 }} type="info" showIcon message={t('规则有误，改正后才能试算。')} />}
    </div>
  );
}
