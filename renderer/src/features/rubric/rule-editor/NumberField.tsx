// A number typed in the rule editor or the 试算 box: checked on every keystroke, the error shown at
// the field, and only a valid number passed on (the last valid one stays in the rule).
import { Form, Input } from 'antd';
import { useEffect, useEffectEvent, useState } from 'react';

import { type NumberKind, numberText, parseNumber } from './number-input';

type Props = {
  label: string;
  value: number | null;
  kind: NumberKind;
  /** Placeholder meaning "empty is allowed" (不封顶, 不限); absent: a number is required. */
  nullable?: string;
  onChange: (value: number | null) => void;
  /** Reports this field's error (null when it has none, or when it goes away). */
  onError: (error: string | null) => void;
  testId?: string;
  width?: number;
};

export function NumberField({ label, value, kind, nullable, onChange, onError, testId, width = 96 }: Props) {
  const [text, setText] = useState(() => numberText(value, kind));
  const [error, setError] = useState<string | null>(null);
  // Only a change of the value from outside resets the text (what is typed stays while it is valid).
  const takeOutsideValue = useEffectEvent((outside: number | null) => {
    const parsed = parseNumber(text, kind, nullable !== undefined);
    if (!parsed.ok || parsed.value !== outside) {
      setText(numberText(outside, kind));
      setError(null);
      onError(null);
    }
  });
  useEffect(() => takeOutsideValue(value), [value]);
  // An unmounted field holds no error.
  const clearError = useEffectEvent(() => onError(null));
  useEffect(() => () => clearError(), []);
  const change = (next: string) => {
    setText(next);
    const parsed = parseNumber(next, kind, nullable !== undefined);
    const problem = parsed.ok ? null : parsed.error;
    setError(problem);
    onError(problem);
    if (parsed.ok && parsed.value !== value) onChange(parsed.value);
  };
  return (
    <Form.Item label={label} validateStatus={error ? 'error' : undefined} help={error ?? undefined} style={{ marginBottom: 8 }}>
      <Input
        value={text}
        placeholder={nullable}
        onChange={(event) => change(event.target.value)}
        style={{ width }}
        data-testid={testId}
        inputMode="decimal"
      />
    </Form.Item>
  );
}
