// The inputs of a composed rule: one field per named input (count, value, points, flag, level, items).
import { Checkbox, InputNumber, Select, Space } from 'antd';

import type { Indicator } from '#shared/domain/indicator-system';
import type { RuleInput } from '#shared/domain/rule-model';
import { composedOf, type InputValue } from '#shared/scoring/rule-points';

import { t } from '../../i18n';

type Props = {
  indicator: Indicator;
  value: InputValue | null | undefined;
  disabled: boolean;
  onCommit: (value: InputValue | undefined) => void;
  testId: string;
};
type Named = { [name: string]: number | number[] };

function Field({
  input,
  value,
  disabled,
  onChange,
  testId,
}: {
  input: RuleInput;
  value: number | number[] | undefined;
  disabled: boolean;
  onChange: (value: number | number[] | undefined) => void;
  testId: string;
}) {
  if (input.kind === 'items') {
    return (
      <Checkbox.Group
        disabled={disabled}
        value={Array.isArray(value) ? value : []}
        onChange={(checked) => onChange([...(checked as number[])].sort((a, b) => a - b))}
        options={(input.choices ?? []).map((label, index) => ({ value: index + 1, label }))}
        data-testid={testId}
      />
    );
  }
  if (input.kind === 'level' || input.kind === 'flag') {
    const options =
      input.kind === 'flag'
        ? [
            { value: 0, label: t('否') },
            { value: 1, label: t('是') },
          ]
        : [{ value: 0, label: t('均未达到（0分）') }, ...(input.choices ?? []).map((label, index) => ({ value: index + 1, label }))];
    return (
      <Select<number>
        disabled={disabled}
        style={{ width: 160 }}
        value={typeof value === 'number' ? value : undefined}
        onChange={onChange}
        options={options}
        data-testid={testId}
      />
    );
  }
  return (
    <InputNumber
      key={`${input.name}-${String(value)}`}
      disabled={disabled}
      style={{ width: 130 }}
      defaultValue={typeof value === 'number' ? value : undefined}
      min={input.kind === 'value' ? undefined : 0}
      precision={input.kind === 'count' ? 0 : undefined}
      keyboard={false}
      onBlur={(event) => onChange(event.target.value.trim() === '' ? undefined : Number(event.target.value))}
      data-testid={testId}
    />
  );
}

/** Commits the object of all inputs once every input has a value. */
export function ComposedInput({ indicator, value, disabled, onCommit, testId }: Props) {
  const { inputs } = composedOf(indicator.rule!, indicator.maxPoints);
  const current: Named = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const change = (name: string, next: number | number[] | undefined) => {
    const merged: Named = { ...current };
    if (next === undefined) delete merged[name];
    else merged[name] = next;
    onCommit(inputs.every((input) => merged[input.name] !== undefined) ? merged : undefined);
  };
  return (
    <Space wrap data-testid={testId}>
      {inputs.map((input) => (
        <Space key={input.name} size={4}>
          <span title={input.label}>{input.name}</span>
          <Field
            input={input}
            value={current[input.name]}
            disabled={disabled}
            onChange={(next) => change(input.name, next)}
            testId={`${testId}-${input.name}`}
          />
        </Space>
      ))}
    </Space>
  );
}
