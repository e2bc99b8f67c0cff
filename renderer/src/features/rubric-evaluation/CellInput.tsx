// The input a rule needs: points, a count, a measured value, ticked items or a level.
import { Checkbox, InputNumber, Select } from 'antd';
import { RULE_INPUTS, type Indicator } from '../../../../shared/domain/indicator-system';
import type { InputValue } from '../../../../shared/scoring/rule-points';
import { t } from '../../i18n';
import { ComposedInput } from './ComposedInput';

type Props = { indicator: Indicator; value: InputValue | null | undefined; disabled: boolean; onCommit: (value: InputValue | undefined) => void; testId: string };

export function CellInput({ indicator, value, disabled, onCommit, testId }: Props) {
  const rule = indicator.rule!;
  if (rule.kind === 'composed') return <ComposedInput indicator={indicator} value={value} disabled={disabled} onCommit={onCommit} testId={testId} />;
  const kind = RULE_INPUTS[rule.kind];
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
        options={[{ value: 0, label: t('均未达到（0分）') }, ...rule.levels.map((level, index) => ({ value: index + 1, label: level.label }))]}
        data-testid={testId}
      />
    );
  }
  const commit = (raw: string) => {
    const trimmed = raw.trim();
    onCommit(trimmed === '' ? undefined : Number(trimmed));
  };
  return (
    <InputNumber
      key={`${indicator.id}-${String(value)}`}
      disabled={disabled}
      style={{ width: 150 }}
      defaultValue={typeof value === 'number' ? value : undefined}
      min={kind === 'value' ? undefined : 0}
      max={kind === 'points' ? indicator.maxPoints / 100 : undefined}
      precision={kind === 'count' ? 0 : undefined}
      step={kind === 'points' ? 0.5 : 1}
      placeholder={kind === 'points' ? t('得分') : kind === 'count' ? t('次数') : t('测得值')}
      addonAfter={kind === 'points' ? t('分') : kind === 'count' ? t('次') : undefined}
      // ↑/↓ move between indicators (the scoring form's keyboard flow), not step the number.
      keyboard={false}
      onBlur={(event) => commit(event.target.value)}
      onPressEnter={(event) => commit((event.target as HTMLInputElement).value)}
      data-testid={testId}
    />
  );
}
