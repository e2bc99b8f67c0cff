// The head of a keyboard scoring list (清单视图): its filters, the line saying what was saved and
// when (or how to use the keys before the first save), and the alert when a save failed.
import { Alert, Segmented, Space, Typography } from 'antd';

import { t } from '../../i18n';
import type { SavedState } from './use-saved-writes';

type Props<F extends string> = {
  filter: F;
  onFilter: (filter: F) => void;
  filters: Array<{ value: F; label: string }>;
  filterTestId: string;
  /** The keyboard hint shown until the first save. */
  hint: string;
  saved: SavedState;
  onClearSaved: () => void;
  /** Rows scored and rows in all, for the saved line. */
  scored: number;
  total: number;
};

export function ScoringListHead<F extends string>({
  filter,
  onFilter,
  filters,
  filterTestId,
  hint,
  saved,
  onClearSaved,
  scored,
  total,
}: Props<F>) {
  return (
    <>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }} wrap>
        <Segmented<F> value={filter} onChange={onFilter} options={filters} data-testid={filterTestId} />
        <Typography.Text type="secondary" data-testid="saved-state">
          {saved === null
            ? hint
            : 'error' in saved
              ? ''
              : t('已保存 {{at}} · 已评 {{scored}}/{{length}}', { at: saved.at, scored: scored, length: total })}
        </Typography.Text>
      </Space>
      {saved !== null && 'error' in saved && (
        <Alert
          type="error"
          showIcon
          message={t('保存失败：{{error}}', { error: saved.error })}
          closable
          onClose={onClearSaved}
          style={{ marginBottom: 8 }}
        />
      )}
    </>
  );
}
