// The input a rule needs: points, a count, a measured value, ticked items or a level. Typed text is
// checked by the domain's validateInput where it is typed: a refused entry stays in the field with
// its reason under it and is never stored, so the saved value stands; a value far outside the
// other units' is stored with a warning under it.
import { Checkbox, Input, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';

import { type Indicator, type LegacyRule, RULE_INPUTS } from '#shared/domain/indicator-system';
import type { InputValue } from '#shared/scoring/rule-points';
import { validateInput } from '#shared/scoring/validate-input';

import { t } from '../../i18n';
import { ComposedInput } from './ComposedInput';

type Props = {
  indicator: Indicator;
  value: InputValue | null | undefined;
  /** The other units' values on this indicator, for the plausibility warning. */
  others?: ReadonlyArray<InputValue | null | undefined>;
  disabled: boolean;
  onCommit: (value: InputValue | undefined) => void;
  testId: string;
};

/** A stored value as the text of an input: 65, "1,3", "" for none. */
export function inputText(value: InputValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Whether two inputs are the same (a commit of an unchanged value stores nothing). */
export function sameInput(a: InputValue | null | undefined, b: InputValue | null | undefined): boolean {
  return inputText(a) === inputText(b) && (a === null) === (b === null);
}

export function CellInput(props: Props) {
  return props.indicator.rule?.kind === 'composed' ? <ComposedInput {...props} /> : <PlainCellInput {...props} />;
}

function PlainCellInput({ indicator, value, others = [], disabled, onCommit, testId }: Props) {
  const rule = indicator.rule as LegacyRule;
  const kind = RULE_INPUTS[rule.kind];
  const [text, setText] = useState(inputText(value));
  const [problem, setProblem] = useState<{ type: 'danger' | 'warning'; message: string } | null>(null);
  const committed = useRef<InputValue | undefined>(undefined);
  /** True while the field holds typing not yet stored: a stored value arriving then does not overwrite it. */
  const typing = useRef(false);
  // A value stored elsewhere (another cell's editor, a merge, a fill-in, 撤销) replaces what is
  // shown unless the user is typing; the value this input just stored keeps its plausibility warning.
  useEffect(() => {
    if (!typing.current) setText(inputText(value));
    if (!sameInput(value, committed.current)) setProblem(null);
  }, [value]);

  if (rule.kind === 'itemSum') {
    return (
      <Checkbox.Group
        disabled={disabled}
        value={Array.isArray(value) ? value : []}
        onChange={(checked) => onCommit([...(checked as number[])].sort((a, b) => a - b))}
        options={rule.items.map((item, index) => ({ value: index + 1, label: item.label }))}
        data-testid={testId}
      />
    );
  }
  if (rule.kind === 'levels') {
    return (
      <Select<number>
        disabled={disabled}
        style={{ width: 220 }}
        placeholder={t('选择达到的档次')}
        value={typeof value === 'number' ? value : undefined}
        onChange={(level) => onCommit(level)}
        options={[
          { value: 0, label: t('均未达到（0分）') },
          ...rule.levels.map((level, index) => ({ value: index + 1, label: level.label })),
        ]}
        data-testid={testId}
      />
    );
  }
  /** Stores the text's value when it is valid and changed; false when it was refused. */
  const commit = (): boolean => {
    const check = validateInput(indicator, text, others);
    if (check.status === 'invalid') {
      setProblem({ type: 'danger', message: check.error });
      return false;
    }
    const next = check.status === 'blank' ? undefined : check.value;
    setProblem(check.status === 'valid' && check.warnings.length > 0 ? { type: 'warning', message: check.warnings.join('；') } : null);
    setText(inputText(next));
    typing.current = false;
    committed.current = next;
    if (!sameInput(next, value)) onCommit(next);
    return true;
  };
  return (
    <div>
      <Input
        disabled={disabled}
        style={{ width: 150 }}
        value={text}
        status={problem?.type === 'danger' ? 'error' : problem ? 'warning' : undefined}
        placeholder={kind === 'points' ? t('得分') : kind === 'count' ? t('次数') : t('测得值')}
        addonAfter={kind === 'points' ? t('分') : kind === 'count' ? t('次') : undefined}
        onChange={(event) => {
          typing.current = true;
          setText(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            typing.current = false;
            setText(inputText(value));
            setProblem(null);
          } else if (['Enter', 'ArrowDown', 'ArrowUp'].includes(event.key) && !commit()) {
            event.stopPropagation(); // a refused entry keeps the focus: the form does not move on
          }
        }}
        aria-invalid={problem?.type === 'danger'}
        data-cell-input
        data-testid={testId}
      />
      {problem && (
        <Typography.Text type={problem.type} style={{ display: 'block', fontSize: 12, maxWidth: 300 }} data-testid={`${testId}-problem`}>
          {problem.type === 'danger' ? t('未保存：{{reason}}', { reason: problem.message }) : problem.message}
        </Typography.Text>
      )}
    </div>
  );
}
