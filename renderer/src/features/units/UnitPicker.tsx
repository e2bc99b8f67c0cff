// The 被评价单位 of a new evaluation: the units on record to tick, and a name field that adds a
// unit on the spot (ticked at once) — so an evaluation can be set up without leaving the form.
import { Button, Checkbox, Input, Space, Typography } from 'antd';
import { useState } from 'react';

import { describeError } from '../../app/describe-error';
import { useUnits } from '../../db/hooks';
import { t } from '../../i18n';
import { useUnitCommands } from './unit-commands';

type Props = { value?: string[]; onChange?: (unitIds: string[]) => void };

/** A form control (value: the ticked unit ids). A name refused (empty, taken) shows its reason beside the field. */
export function UnitPicker({ value = [], onChange }: Props) {
  const { createUnit } = useUnitCommands();
  const units = useUnits() ?? [];
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      const unit = await createUnit(name);
      onChange?.([...value, unit.id]);
      setName('');
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {units.length === 0 ? (
        <Typography.Text type="secondary">{t('还没有被评价单位：在下面输入单位名称添加，如“甲区”。')}</Typography.Text>
      ) : (
        <Checkbox.Group
          value={value}
          onChange={(checked) => onChange?.(checked as string[])}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      )}
      <Space.Compact style={{ maxWidth: 360 }}>
        <Input
          value={name}
          status={error ? 'error' : undefined}
          onChange={(event) => setName(event.target.value)}
          onPressEnter={(event) => {
            event.preventDefault(); // Enter adds the unit; it does not submit the form
            void add();
          }}
          placeholder={t('新单位名称')}
          data-testid="new-unit-name"
        />
        <Button onClick={() => void add()} disabled={!name.trim()} data-testid="add-unit-inline">
          {t('添加单位')}
        </Button>
      </Space.Compact>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
