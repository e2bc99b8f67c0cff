// The 落实情况 of one measure as four buttons that differ by colour and icon, so a status reads at a
// glance (and without colour): 落实 green ✓, 部分落实 amber ◐, 未落实 red ✗, 不适用 grey ⊘. The
// chosen one is filled in its colour; a fifth button takes the measure back to 未评.
import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Radio, Tooltip } from 'antd';
import type { ReactNode } from 'react';

import type { ImplementationStatus } from '#shared/domain/types';

import { t } from '../../i18n';
import { implementationStatusLabels } from '../../i18n/domain-labels';

/** Colour and icon per status (the colours of antd's success, warning, error and neutral text). */
export const STATUS_LOOK: Record<ImplementationStatus, { colour: string; icon: ReactNode }> = {
  implemented: { colour: '#389e0d', icon: <CheckCircleFilled /> },
  partial: { colour: '#d48806', icon: <MinusCircleFilled /> },
  notImplemented: { colour: '#cf1322', icon: <CloseCircleFilled /> },
  notApplicable: { colour: '#8c8c8c', icon: <StopOutlined /> },
};

const STATUSES = Object.keys(STATUS_LOOK) as ImplementationStatus[];

type Props = {
  value: ImplementationStatus | undefined;
  onChange: (status: ImplementationStatus) => void;
  onClear: () => void;
  /** The key that sets each status, shown in its tooltip. */
  keyOf: Record<ImplementationStatus, string>;
  testId: string;
};

export function StatusButtons({ value, onChange, onClear, keyOf, testId }: Props) {
  const labels = implementationStatusLabels();
  return (
    <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
      <Radio.Group
        size="small"
        value={value ?? null}
        onChange={(event) => onChange(event.target.value as ImplementationStatus)}
        data-testid={testId}
      >
        {STATUSES.map((status) => {
          const { colour, icon } = STATUS_LOOK[status];
          const chosen = value === status;
          return (
            <Radio.Button
              key={status}
              value={status}
              title={t('按 {{value}}', { value: keyOf[status] })}
              style={chosen ? { background: colour, borderColor: colour, color: '#fff' } : { color: colour }}
              data-status={status}
            >
              <span style={{ marginRight: 4 }}>{icon}</span>
              <span style={chosen ? undefined : { color: 'var(--ant-color-text)' }}>{labels[status]}</span>
            </Radio.Button>
          );
        })}
      </Radio.Group>
      <Tooltip title={t('改回未评（键 0）')}>
        <Button
          size="small"
          type="text"
          icon={<UndoOutlined />}
          disabled={value === undefined}
          onClick={onClear}
          aria-label={t('改回未评')}
          data-testid={`${testId}-clear`}
        />
      </Tooltip>
    </span>
  );
}
