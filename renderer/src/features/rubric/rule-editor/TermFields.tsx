// The fields of one term (or of one row of a term's list), rendered from its form in term-fields.ts.
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';

import { t } from '../../../i18n';
import { NumberField } from './NumberField';
import type { Field, FreshName } from './term-fields';

type Values = Record<string, unknown>;

type Props = {
  fields: Field[];
  values: Values;
  onChange: (values: Values) => void;
  /** Reports the error of the field at `path` (null: none). */
  onError: (path: string, error: string | null) => void;
  path: string;
  fresh: FreshName;
};

/** Renders `fields` over `values`; every change passes the whole updated object on. */
export function TermFields({ fields, values, onChange, onError, path, fresh }: Props) {
  const set = (key: string, value: unknown) => onChange({ ...values, [key]: value });
  return (
    <Space wrap align="start" size={[12, 0]}>
      {fields.map((field) => {
        const at = `${path}.${field.key}`;
        const value = values[field.key];
        switch (field.type) {
          case 'number':
            return (
              <NumberField
                key={at}
                label={field.label()}
                value={value as number | null}
                kind={field.kind}
                nullable={field.nullable?.()}
                onChange={(next) => set(field.key, next)}
                onError={(error) => onError(at, error)}
                testId={`field-${at}`}
              />
            );
          case 'input':
          case 'text': {
            const empty = field.type === 'input' && String(value ?? '').trim() === '';
            return (
              <Form.Item
                key={at}
                label={field.label()}
                style={{ marginBottom: 8 }}
                validateStatus={empty ? 'error' : undefined}
                help={empty ? t('请填写输入名') : undefined}
              >
                <Input
                  value={String(value ?? '')}
                  style={{ width: field.type === 'input' ? 96 : 140 }}
                  onChange={(event) => set(field.key, event.target.value)}
                  data-testid={`field-${at}`}
                />
              </Form.Item>
            );
          }
          case 'choice':
            return (
              <Form.Item key={at} label={field.label()} style={{ marginBottom: 8 }}>
                <Select
                  value={value as string | number}
                  style={{ minWidth: 110 }}
                  onChange={(next) => set(field.key, next)}
                  options={field.choices.map((choice) => ({ value: choice.value, label: choice.label() }))}
                  data-testid={`field-${at}`}
                />
              </Form.Item>
            );
          case 'bool':
            return (
              <Form.Item key={at} label=" " colon={false} style={{ marginBottom: 8 }}>
                <Checkbox checked={value === true} onChange={(event) => set(field.key, event.target.checked)}>
                  {field.label()}
                </Checkbox>
              </Form.Item>
            );
          case 'list':
            return (
              <ListField
                key={at}
                field={field}
                rows={value as Values[]}
                onChange={(rows) => set(field.key, rows)}
                onError={onError}
                path={at}
                fresh={fresh}
              />
            );
          case 'threshold':
            return (
              <ThresholdField
                key={at}
                label={field.label()}
                value={value as Threshold}
                onChange={(next) => set(field.key, next)}
                onError={(error) => onError(at, error)}
                path={at}
              />
            );
          case 'rankStep':
            return (
              <RankStepField
                key={at}
                label={field.label()}
                value={value as RankStep}
                onChange={(next) => set(field.key, next)}
                onError={onError}
                path={at}
              />
            );
        }
      })}
    </Space>
  );
}

type ListProps = {
  field: Extract<Field, { type: 'list' }>;
  rows: Values[];
  onChange: (rows: Values[]) => void;
  onError: Props['onError'];
  path: string;
  fresh: FreshName;
};

function ListField({ field, rows, onChange, onError, path, fresh }: ListProps) {
  return (
    <Form.Item label={field.label()} style={{ marginBottom: 8, width: '100%' }}>
      {rows.map((row, index) => (
        <Space key={`${path}.${index}`} align="start" style={{ display: 'flex' }}>
          <TermFields
            fields={field.item}
            values={row}
            path={`${path}.${index}`}
            onError={onError}
            fresh={fresh}
            onChange={(next) => onChange(rows.map((old, at) => (at === index ? next : old)))}
          />
          <Button
            size="small"
            style={{ marginTop: 30 }}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
            aria-label={t('删除此行')}
          >
            −
          </Button>
        </Space>
      ))}
      <Button size="small" onClick={() => onChange([...rows, field.create(fresh)])} data-testid={`add-${path}`}>
        {t('添加一行')}
      </Button>
    </Form.Item>
  );
}

type Threshold = { kind: 'fixed'; value: number } | { kind: 'average'; plus: number };

function ThresholdField({
  label,
  value,
  onChange,
  onError,
  path,
}: {
  label: string;
  value: Threshold;
  onChange: (next: Threshold) => void;
  onError: (error: string | null) => void;
  path: string;
}) {
  return (
    <Space align="start">
      <Form.Item label={label} style={{ marginBottom: 8 }}>
        <Select
          value={value.kind}
          style={{ width: 130 }}
          onChange={(kind) => onChange(kind === 'fixed' ? { kind: 'fixed', value: 0 } : { kind: 'average', plus: 0 })}
          options={[
            { value: 'fixed', label: t('固定值') },
            { value: 'average', label: t('各单位平均值') },
          ]}
        />
      </Form.Item>
      {value.kind === 'fixed' ? (
        <NumberField
          label={t('数值')}
          value={value.value}
          kind="value"
          onChange={(next) => onChange({ kind: 'fixed', value: next ?? 0 })}
          onError={onError}
          testId={`field-${path}.value`}
        />
      ) : (
        <NumberField
          label={t('加上')}
          value={value.plus}
          kind="value"
          onChange={(next) => onChange({ kind: 'average', plus: next ?? 0 })}
          onError={onError}
          testId={`field-${path}.plus`}
        />
      )}
    </Space>
  );
}

type RankStep = { fromRank: number; per: number } | null;

function RankStepField({
  label,
  value,
  onChange,
  onError,
  path,
}: {
  label: string;
  value: RankStep;
  onChange: (next: RankStep) => void;
  onError: Props['onError'];
  path: string;
}) {
  return (
    <Space align="start">
      <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
        <Checkbox checked={value !== null} onChange={(event) => onChange(event.target.checked ? { fromRank: 4, per: 10 } : null)}>
          {label}
        </Checkbox>
      </Form.Item>
      {value && (
        <>
          <NumberField
            label={t('自第几名起')}
            value={value.fromRank}
            kind="rank"
            onChange={(next) => onChange({ ...value, fromRank: next ?? 1 })}
            onError={(error) => onError(`${path}.fromRank`, error)}
          />
          <NumberField
            label={t('每名扣')}
            value={value.per}
            kind="points"
            onChange={(next) => onChange({ ...value, per: next ?? 0 })}
            onError={(error) => onError(`${path}.per`, error)}
          />
        </>
      )}
    </Space>
  );
}
